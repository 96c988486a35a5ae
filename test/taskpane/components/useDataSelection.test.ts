import { act, renderHook } from "@testing-library/react";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import type { PaneAdapters } from "../../../src/taskpane/adapters";
import { useDataSelection } from "../../../src/taskpane/components/useDataSelection";
import type { ExperimentsSheetActions } from "../../../src/taskpane/components/useExperimentsSheet";
import type { SelectionData } from "../../../src/taskpane/excel/readSelection";
import type { PaneAction } from "../../../src/taskpane/state/actions";
import { INITIAL_PANE_STATE } from "../../../src/taskpane/state/paneState";

const selection: SelectionData = {
  address: "Data!A1:L105",
  sheetName: "Data",
  values: simulateMmmData({ seed: 3 }).grid,
  numberFormats: [],
  origin: { row: 1, column: 1 },
  tableName: null,
};

/** The hook with fake adapters; `actions` records every dispatch, `events` the adapter and sheet calls in order. */
function setup(adapters: Partial<PaneAdapters>) {
  const actions: PaneAction[] = [];
  const events: string[] = [];
  const experiments: ExperimentsSheetActions = {
    read: async () => void events.push("experiments read"),
    add: async () => void events.push("experiments add"),
  };
  const { result } = renderHook(() =>
    useDataSelection(
      adapters as PaneAdapters,
      INITIAL_PANE_STATE,
      (action) => void actions.push(action),
      experiments
    )
  );
  return { actions, events, handlers: result.current };
}

describe("useDataSelection", () => {
  it("reads the selection, ingests it, then reads the experiments sheet", async () => {
    const { actions, events, handlers } = setup({ readSelection: async () => selection });
    await act(() => handlers.useSelection());
    expect(actions.map((action) => action.type)).toEqual(["readStarted", "selectionRead"]);
    const read = actions[1];
    expect(read?.type === "selectionRead" && read.ingestion.ok).toBe(true);
    expect(events).toEqual(["experiments read"]);
  });

  it("reports a selection that cannot be read and then reads nothing else", async () => {
    const { actions, events, handlers } = setup({
      readSelection: () => Promise.reject(new Error("Select a block of cells first.")),
    });
    await act(() => handlers.useSelection());
    expect(actions).toEqual([
      { type: "readStarted" },
      {
        type: "failed",
        message: "The selection could not be read: Select a block of cells first.",
      },
    ]);
    expect(events).toEqual([]);
  });

  it("reports a cell that Go to cell cannot select, naming the address", async () => {
    const { actions, handlers } = setup({
      selectCell: () => Promise.reject(new Error("The sheet was deleted.")),
    });
    await act(async () => handlers.goToCell("Data!C7"));
    expect(actions).toEqual([
      { type: "failed", message: "Could not go to Data!C7: The sheet was deleted." },
    ]);
  });

  it("changes options without re-running ingestion before any data was read", () => {
    const { actions, handlers } = setup({});
    act(() => handlers.changeOptions({ dateOrder: "dayFirst" }));
    expect(actions).toEqual([{ type: "optionsChanged", options: { dateOrder: "dayFirst" } }]);
  });
});
