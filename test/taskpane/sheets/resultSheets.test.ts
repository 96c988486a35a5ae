import { resultSheets } from "../../../src/taskpane/sheets/resultSheets";
import {
  SAMPLE_BUDGET,
  SAMPLE_OUTCOME,
  SAMPLE_RESULT,
  SAMPLE_WEEKS,
} from "../fixtures/sampleResult";
import { topBudgetMove } from "../../../src/taskpane/sheets/budgetSheet";
import { effectsSheet } from "../../../src/taskpane/sheets/effectsSheet";
import { summarySheet } from "../../../src/taskpane/sheets/summarySheet";
import type { Intervals } from "../../../src/core/analysis/types";

const sheets = resultSheets(SAMPLE_OUTCOME, SAMPLE_WEEKS);
const byName = (name: string) => sheets.find((s) => s.name === name);

describe("resultSheets", () => {
  it("builds the sheets in tab order", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "MMM Summary",
      "MMM Coefficients",
      "MMM Effects",
      "MMM Fitted",
      "MMM Contributions",
      "MMM Diagnostics",
      "MMM Budget",
    ]);
  });

  it("gives every row as many cells as the header and a format per column", () => {
    for (const sheet of sheets) {
      expect(sheet.numberFormats).toHaveLength(sheet.header.length);
      for (const row of sheet.rows) expect(row).toHaveLength(sheet.header.length);
    }
  });

  it("puts both stages' holdout scores and the share mediated in the summary with percent formats", () => {
    const summary = byName("MMM Summary");
    const rows = new Map(
      summary?.rows.map((row, i) => [
        row[0],
        { value: row[1], format: summary.cellNumberFormats?.[i]?.[1] },
      ])
    );
    expect(rows.get("Stage 2 (revenue): holdout R²")?.value).toBe(0.82);
    expect(rows.get("Stage 1 (google_spend): holdout WAPE")).toEqual({
      value: 0.11,
      format: "0.0%",
    });
    expect(rows.get("Share mediated: tiktok_spend")?.value).toBe("n/a");
    expect(rows.get("Price elasticity (average_price)")?.value).toBe(-1.2);
    expect(rows.get("Warning 1")?.value).toBe("tiktok_spend has no measurable effect.");
    expect(rows.get("Warning 2")?.value).toBe("Uncertainty intervals were skipped: test.");
  });

  it("lists effects for both mediator variants, the mediator's own row last in each", () => {
    const effects = byName("MMM Effects");
    expect(effects?.rows.map((r) => `${r[0]}/${r[1]}`)).toEqual([
      "observed/facebook_spend",
      "observed/tiktok_spend",
      "observed/google_spend",
      "predicted/facebook_spend",
      "predicted/tiktok_spend",
      "predicted/google_spend",
    ]);
  });

  it("writes weeks as date serials with actual and fitted beside them and a line chart", () => {
    const fitted = byName("MMM Fitted");
    expect(fitted?.rows[0]?.slice(0, 5)).toEqual([45292, 10000, 10100, 10100, false]);
    expect(fitted?.rows[3]?.[4]).toBe(true);
    expect(fitted?.chart).toMatchObject({ kind: "line", firstColumn: 0, columnCount: 3 });
  });

  it("splits contributions into parts that add up to the fitted total", () => {
    const contributions = byName("MMM Contributions");
    for (const row of contributions?.rows ?? []) {
      const parts = row.slice(1, -1) as number[];
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(row[row.length - 1] as number, 6);
    }
    expect(contributions?.header).toContain("facebook_spend via google_spend (vs zero spend)");
    expect(contributions?.header).toContain("average_price (vs mean 99.5)");
    expect(contributions?.header).toContain("promotions (vs chosen base 0)");
    expect(contributions?.chart?.kind).toBe("stackedArea");
  });

  it("adds interval columns to the effects when bootstrap intervals are given", () => {
    const interval = { lower: 1, upper: 2 };
    const intervals = {
      level: 0.9,
      observed: {
        variant: "observed",
        channels: [
          {
            channel: "facebook_spend",
            total: interval,
            direct: interval,
            indirect: interval,
            roas: interval,
            shareMediated: null,
          },
        ],
        mediator: { channel: "google_spend", total: interval, roas: null },
      },
      predicted: null,
    } as unknown as Intervals;
    const sheet = effectsSheet(SAMPLE_RESULT, intervals);
    expect(sheet.header.slice(-2)).toEqual(["ROAS 90% low", "ROAS 90% high"]);
    expect(sheet.rows[0]?.slice(-6)).toEqual([1, 2, "", "", 1, 2]);
    for (const row of sheet.rows) expect(row).toHaveLength(sheet.header.length);
  });

  it("says in the summary how the intervals were made, or that there are none", () => {
    const intervals = {
      level: 0.9,
      replicates: 200,
      failed: 3,
      blockLength: 5,
      seed: 7,
      tuning: "retuned",
      method: "Moving-block bootstrap of weeks: …",
    } as unknown as Intervals;
    const rows = (sheet: ReturnType<typeof summarySheet>) =>
      new Map(sheet.rows.map((row) => [row[0], row[1]]));
    const withIntervals = rows(summarySheet(SAMPLE_RESULT, [], intervals));
    expect(withIntervals.get("Intervals")).toBe(
      "90% moving-block bootstrap, 200 replicates, 3 failed, blocks of 5 weeks, seed 7; " +
        "hyperparameters re-tuned in every replicate"
    );
    expect(withIntervals.get("Interval method")).toBe(intervals.method);
    const fixed = rows(
      summarySheet(SAMPLE_RESULT, [], { ...intervals, failed: 0, tuning: "fixed" })
    );
    expect(fixed.get("Intervals")).toMatch(/200 replicates, blocks.*held fixed$/);
    expect(rows(summarySheet(SAMPLE_RESULT)).get("Intervals")).toBe("none (bootstrap off)");
  });

  it("says in the summary how many CV folds tuned the model and how hard the shape prior pulled", () => {
    const rows = new Map(summarySheet(SAMPLE_RESULT).rows.map((row) => [row[0], row[1]]));
    expect(rows.get("CV folds")).toBe(4);
    expect(rows.get("Shape prior (standard errors)")).toBe(4);
    const long = { ...SAMPLE_RESULT, search: { cvFolds: 8, shapePriorStandardErrors: 1 } };
    const longRows = new Map(summarySheet(long).rows.map((row) => [row[0], row[1]]));
    expect(longRows.get("CV folds")).toBe(8);
    expect(longRows.get("Shape prior (standard errors)")).toBe(1);
  });

  it("gives the budget sheet a total row that sums the lines, the mediator, revenue and window rows", () => {
    const rows = byName("MMM Budget")!.rows;
    expect(rows.map((row) => row[0])).toEqual([
      "facebook_spend",
      "tiktok_spend",
      "Total",
      "google_spend (predicted)",
      "Predicted weekly revenue (baseline included)",
      `Window: ${SAMPLE_BUDGET.window.statement}`,
    ]);
    expect(rows[2]?.slice(0, 4)).toEqual(["Total", 1500, 1650, 150]);
    expect(rows[2]?.slice(7, 9)).toEqual([1500, 1900]);
    expect(rows[0]?.[4]).toBeCloseTo(0.4, 12);
    expect(rows[4]?.slice(7, 9)).toEqual([11000, 11300]);
    expect(topBudgetMove(SAMPLE_BUDGET)).toBe(
      "facebook_spend +$400/week (+40%); revenue +$300/week"
    );
  });

  it("lists every diagnostic check with stage, status and statistic", () => {
    const diagnostics = byName("MMM Diagnostics");
    expect(diagnostics?.rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["mediator", "pass", 1.9, ""],
      ["outcome", "review", 9.1, 0.06],
      ["outcome", "pass", "", ""],
    ]);
  });
});
