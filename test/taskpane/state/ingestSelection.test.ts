import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import { changeColumnRole } from "../../../src/taskpane/state/changeColumnRole";
import { ingestSelection } from "../../../src/taskpane/state/ingestSelection";
import type { SelectionData } from "../../../src/taskpane/excel/readSelection";

const grid = simulateMmmData({ seed: 5 }).grid;
const google = (grid[0] as string[]).indexOf("google_spend");
const withoutGoogle = grid.map((row) => row.filter((_, i) => i !== google));
const selectionOf = (values: unknown[][]): SelectionData => ({
  address: "Data!A1:L105",
  sheetName: "Data",
  values,
  numberFormats: [],
  origin: { row: 1, column: 1 },
  tableName: null,
});

describe("ingestSelection", () => {
  it("reads the sample data with the detected roles", () => {
    const result = ingestSelection(selectionOf(grid), null, false);
    expect(result.ok && result.dataset.roles.mediator).toBe("google_spend");
  });

  it("keeps a missing mediator as an issue unless single stage is allowed", () => {
    expect(ingestSelection(selectionOf(withoutGoogle), null, false).ok).toBe(false);
    const single = ingestSelection(selectionOf(withoutGoogle), null, true);
    expect(single.ok && single.dataset.roles.mediator).toBeNull();
  });

  it("applies the user's role changes", () => {
    const first = ingestSelection(selectionOf(grid), null, false);
    const entries = changeColumnRole(first.columnRoles, google, "control");
    const second = ingestSelection(selectionOf(grid), entries, true);
    expect(second.ok && second.dataset.roles.controls).toContain("google_spend");
    expect(second.ok && second.dataset.roles.mediator).toBeNull();
  });
});
