import { paneReducer } from "../../../src/taskpane/state/paneReducer";
import { INITIAL_PANE_STATE, type PaneState } from "../../../src/taskpane/state/paneState";
import { SAMPLE_OUTCOME } from "../fixtures/sampleResult";

const report = { sheets: [{ id: "1", name: "MMM Summary" }], replaced: [], syncCount: 3 };

describe("paneReducer", () => {
  it("walks idle → reading → idle → fitting → writing → done", () => {
    const steps: PaneState[] = [];
    let state = INITIAL_PANE_STATE;
    const apply = (action: Parameters<typeof paneReducer>[1]) => {
      state = paneReducer(state, action);
      steps.push(state);
    };
    apply({ type: "readStarted" });
    apply({
      type: "selectionRead",
      selection: null as never,
      ingestion: { ok: false, issues: [], detectedRoles: null, columnRoles: [] },
    });
    apply({ type: "fitStarted" });
    apply({
      type: "fitProgressed",
      progress: { stage: "outcome search", done: 2, total: 5 },
      at: 0,
    });
    apply({ type: "fitSucceeded", result: SAMPLE_OUTCOME });
    apply({ type: "writeStarted" });
    apply({ type: "writeSucceeded", report, elapsedMs: 1234 });
    expect(steps.map((s) => s.status)).toEqual([
      "reading",
      "idle",
      "fitting",
      "fitting",
      "fitting",
      "writing",
      "done",
    ]);
    expect(steps[3]?.progress).toEqual({ stage: "outcome search", done: 2, total: 5 });
    expect(state.report).toBe(report);
    expect(state.elapsedMs).toBe(1234);
  });

  it("keeps the options and selection after a failure so the user can retry", () => {
    const before = paneReducer(INITIAL_PANE_STATE, {
      type: "optionsChanged",
      options: { cvFolds: 6 },
    });
    const failed = paneReducer(paneReducer(before, { type: "fitStarted" }), {
      type: "failed",
      message: "boom",
    });
    expect(failed.status).toBe("failed");
    expect(failed.message).toBe("boom");
    expect(failed.options.cvFolds).toBe(6);
    expect(failed.progress).toBeNull();
  });

  it("ignores progress that arrives after the fit ended", () => {
    const failed = paneReducer(INITIAL_PANE_STATE, { type: "failed", message: "cancelled" });
    expect(
      paneReducer(failed, {
        type: "fitProgressed",
        progress: { stage: "x", done: 1, total: 2 },
        at: 0,
      })
    ).toBe(failed);
  });

  it("opens and closes the replace question without touching the status", () => {
    const asked = paneReducer(INITIAL_PANE_STATE, {
      type: "replaceAsked",
      sheets: [{ id: "1", name: "MMM Summary" }],
    });
    expect(asked.pendingReplace).toHaveLength(1);
    expect(paneReducer(asked, { type: "replaceAnswered" }).pendingReplace).toBeNull();
  });

  it("never mutates the state it is given", () => {
    const frozen = Object.freeze({
      ...INITIAL_PANE_STATE,
      options: Object.freeze({ ...INITIAL_PANE_STATE.options }),
    });
    expect(() =>
      paneReducer(frozen, { type: "optionsChanged", options: { seed: 1 } })
    ).not.toThrow();
    expect(frozen.options.seed).toBe(INITIAL_PANE_STATE.options.seed);
  });
});

describe("paneReducer: experimentsRead", () => {
  it("records the sheet's cells, or that the workbook has none", () => {
    const sheet = {
      address: "'MMM Experiments'!A1:G1",
      values: [["channel"]],
      origin: { row: 1, column: 1 },
    };
    expect(paneReducer(INITIAL_PANE_STATE, { type: "experimentsRead", sheet }).experiments).toEqual(
      {
        kind: "present",
        sheet,
      }
    );
    expect(
      paneReducer(INITIAL_PANE_STATE, { type: "experimentsRead", sheet: null }).experiments
    ).toEqual({ kind: "absent" });
    expect(INITIAL_PANE_STATE.experiments).toEqual({ kind: "unknown" });
  });
});
