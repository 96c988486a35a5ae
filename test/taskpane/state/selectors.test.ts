import { INITIAL_PANE_STATE, type PaneState } from "../../../src/taskpane/state/paneState";
import {
  canFit,
  ingestionIssues,
  issueAddress,
  summaryFigures,
  toFitOptions,
} from "../../../src/taskpane/state/selectors";
import type { SelectionData } from "../../../src/taskpane/excel/readSelection";
import type { Dataset } from "../../../src/core/types";
import { SAMPLE_RESULT } from "../fixtures/sampleResult";

const selection: SelectionData = {
  address: "'My data'!B2:D30",
  sheetName: "My data",
  values: [],
  numberFormats: [],
  origin: { row: 2, column: 2 },
  tableName: null,
};
const dataset = (mediator: string | null) =>
  ({
    roles: { date: "w", outcome: "r", mediator, social: [], controls: [] },
    weeks: [],
  }) as unknown as Dataset;
const withDataset = (mediator: string | null, extra: Partial<PaneState> = {}): PaneState => ({
  ...INITIAL_PANE_STATE,
  selection,
  ingestion: {
    ok: true,
    dataset: dataset(mediator),
    warnings: [],
    detectedRoles: dataset(mediator).roles,
    columnRoles: [],
  },
  ...extra,
});

describe("selectors", () => {
  it("qualify an issue's cell with the (quoted) sheet name", () => {
    expect(
      issueAddress({ code: "non_numeric", severity: "error", message: "", cell: "D17" }, selection)
    ).toBe("'My data'!D17");
  });

  it("derive a cell from row and column index when the issue names no cell", () => {
    expect(
      issueAddress(
        { code: "missing_value", severity: "error", message: "", row: 9, columnIndex: 2 },
        selection
      )
    ).toBe("'My data'!D9");
    expect(
      issueAddress({ code: "too_few_periods", severity: "error", message: "" }, selection)
    ).toBeNull();
  });

  it("allow a fit only with a valid dataset that has a mediator, unless single stage is allowed", () => {
    expect(canFit(INITIAL_PANE_STATE)).toBe(false);
    expect(canFit(withDataset("google_spend"))).toBe(true);
    expect(canFit(withDataset(null))).toBe(false);
    expect(ingestionIssues(withDataset(null))[0]?.message).toMatch(/No mediator column/);
    expect(
      canFit(
        withDataset(null, { options: { ...INITIAL_PANE_STATE.options, allowSingleStage: true } })
      )
    ).toBe(true);
    expect(canFit(withDataset("google_spend", { status: "fitting" }))).toBe(false);
  });

  it("pass the form's fit options through to fitMmm", () => {
    expect(
      toFitOptions({
        ...INITIAL_PANE_STATE.options,
        holdoutShare: 0.1,
        cvFolds: 3,
        directPaths: false,
      })
    ).toEqual({
      holdoutShare: 0.1,
      cvFolds: 3,
      directPaths: false,
    });
  });

  it("pick both stages' holdout scores and the share mediated for the summary", () => {
    const figures = summaryFigures(SAMPLE_RESULT);
    expect(figures.stages.map((s) => [s.label, s.r2])).toEqual([
      ["revenue", 0.82],
      ["google_spend", 0.61],
    ]);
    expect(figures.shareMediated[0]?.share).toBeCloseTo(2 / 3, 12);
    expect(figures.elasticity).toBe(-1.2);
  });
});
