import { fittedTable } from "../../../src/core/tables/fittedTable";
import { SAMPLE_RESULT, SAMPLE_WEEKS } from "../../taskpane/fixtures/sampleResult";
import { SINGLE_STAGE } from "./singleStage";

describe("fittedTable", () => {
  it("gives each week its ISO date, both stages' series and its set, with a line chart of actual vs fitted", () => {
    const table = fittedTable(SAMPLE_RESULT, SAMPLE_WEEKS);
    expect(table.rows[0]).toEqual(["2024-01-01", 10000, 10100, 10100, "train", 700, 710, 710]);
    expect(table.rows[3]?.[4]).toBe("holdout");
    expect(table.columns[0]?.unit).toBe("date");
    expect(table.chart).toMatchObject({ kind: "line", firstColumn: 0, columnCount: 3 });
    expect(table.columns.slice(1, 3).map((c) => c.label)).toEqual([
      "revenue actual",
      "revenue fitted",
    ]);
  });

  it("leaves the mediator columns out for a single-stage model", () => {
    const table = fittedTable(SINGLE_STAGE, SAMPLE_WEEKS);
    expect(table.columns.map((c) => c.key)).toEqual([
      "week",
      "revenue",
      "revenue_fitted",
      "revenue_forecast",
      "set",
    ]);
  });
});
