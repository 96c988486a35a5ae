import { contributionsTable } from "../../../src/core/tables/contributionsTable";
import { SAMPLE_RESULT, SAMPLE_WEEKS } from "../../taskpane/fixtures/sampleResult";
import { SINGLE_STAGE } from "./singleStage";

describe("contributionsTable", () => {
  it("splits each week into parts that add up to the fitted total, charting every part", () => {
    const table = contributionsTable(SAMPLE_RESULT, SAMPLE_WEEKS);
    for (const row of table.rows) {
      const parts = row.slice(1, -1) as number[];
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(row[row.length - 1] as number, 9);
    }
    expect(table.columns.map((c) => c.label)).toContain(
      "facebook_spend via google_spend (vs zero spend)"
    );
    expect(table.columns.map((c) => c.label)).toContain("average_price (vs mean 99.5)");
    const total = table.total ?? [];
    table.columns.forEach((column, c) => {
      if (column.unit !== "currency") return;
      const sum = table.rows.reduce((s, row) => s + (row[c] as number), 0);
      expect(total[c]).toBeCloseTo(sum, 9);
    });
    expect(table.chart?.columnCount).toBe(table.columns.length - 1);
    expect(table.notes).toContain(SAMPLE_RESULT.contributions.attribution);
  });

  it("has no mediated or mediator parts for a single-stage model", () => {
    const keys = contributionsTable(SINGLE_STAGE, SAMPLE_WEEKS).columns.map((c) => c.key);
    expect(keys.some((key) => key.endsWith("_via_mediator") || key.endsWith("_own"))).toBe(false);
  });

  it("keeps every CSV key unique when a control is named like a fixed column", () => {
    const { fitted, ...controls } = {
      ...SAMPLE_RESULT.contributions.controls,
      fitted: Float64Array.from([0, 0, 0, 0]),
    };
    const clash = {
      ...SAMPLE_RESULT,
      contributions: {
        ...SAMPLE_RESULT.contributions,
        controls: { ...controls, fitted, week: fitted },
      },
    };
    const keys = contributionsTable(clash, SAMPLE_WEEKS).columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([keys[0], keys.at(-1)]).toEqual(["week", "fitted"]);
    expect(keys).toEqual(expect.arrayContaining(["week_2", "fitted_2"]));
  });
});
