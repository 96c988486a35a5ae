import { act, renderHook } from "@testing-library/react";
import { toDataset } from "../../../src/core/data/toDataset";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import type { PaneAdapters } from "../../../src/taskpane/adapters";
import { useSaveReport, type FittedData } from "../../../src/taskpane/components/useSaveReport";
import { REPORT_FILE_NAME } from "../../../src/taskpane/constants";
import { SAMPLE_OUTCOME } from "../fixtures/sampleResult";

const ingestion = toDataset(simulateMmmData({ seed: 3 }).grid);
if (!ingestion.ok) throw new Error("The sample data must ingest.");
const fitted: FittedData = { dataset: ingestion.dataset, source: "Data!A1:L105" };

/** The hook with fake buildReport/saveFile; `saved` records the files handed to the browser. */
function setup(buildReport: PaneAdapters["buildReport"]) {
  const saved: string[] = [];
  const adapters = {
    buildReport,
    saveFile: (name: string, text: string) => void saved.push(`${name}: ${text}`),
  } as Partial<PaneAdapters> as PaneAdapters;
  const hook = renderHook(() => useSaveReport(adapters, SAMPLE_OUTCOME));
  return { hook, saved };
}

describe("useSaveReport", () => {
  it("builds nothing before a run completed (no data kept yet)", async () => {
    const build = jest.fn(async () => "<html>");
    const { hook, saved } = setup(build);
    await act(() => hook.result.current.save());
    expect(build).not.toHaveBeenCalled();
    expect(saved).toEqual([]);
    expect(hook.result.current.status).toEqual({ kind: "idle" });
  });

  it("builds the report from the data kept at the run's end, with its source", async () => {
    const build = jest.fn(async () => "<html>");
    const { hook, saved } = setup(build);
    act(() => hook.result.current.remember(fitted));
    await act(() => hook.result.current.save());
    expect(build).toHaveBeenCalledWith(fitted.dataset, SAMPLE_OUTCOME, { source: "Data!A1:L105" });
    expect(saved).toEqual([`${REPORT_FILE_NAME}: <html>`]);
    expect(hook.result.current.status).toEqual({ kind: "saved", fileName: REPORT_FILE_NAME });
  });

  it("shows why the report failed, and a later run starts again from idle", async () => {
    const { hook, saved } = setup(() => Promise.reject(new Error("The worker stopped.")));
    act(() => hook.result.current.remember({ ...fitted, source: null }));
    await act(() => hook.result.current.save());
    expect(saved).toEqual([]);
    expect(hook.result.current.status).toEqual({ kind: "failed", message: "The worker stopped." });
    act(() => hook.result.current.remember(fitted));
    expect(hook.result.current.status).toEqual({ kind: "idle" });
  });
});
