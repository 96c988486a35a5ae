import type { Intervals } from "../../../src/core/analysis/types";
import type { HealthFinding, HealthVerdict } from "../../../src/core/health/types";
import {
  PROVISIONAL_LABEL,
  PROVISIONAL_TEXT,
  summaryTable,
} from "../../../src/core/tables/summaryTable";
import { SAMPLE_RESULT } from "../../taskpane/fixtures/sampleResult";

const INTERVALS = {
  level: 0.9,
  replicates: 200,
  failed: 3,
  blockLength: 5,
  seed: 7,
  tuning: "retuned",
  method: "Moving-block bootstrap of weeks: …",
} as unknown as Intervals;

const items = (table: ReturnType<typeof summaryTable>) =>
  new Map(table.rows.map((row, r) => [row[0], { value: row[1], unit: table.cellUnits?.[r]?.[1] }]));

describe("summaryTable", () => {
  it("gives each fact its own unit: dates, counts, percents, ratios", () => {
    const rows = items(summaryTable(SAMPLE_RESULT, null, []));
    expect(rows.get("First week")).toEqual({ value: "2024-01-01", unit: "date" });
    expect(rows.get("Weeks")).toEqual({ value: 4, unit: "count" });
    expect(rows.get("Stage 1 (google_spend): holdout WAPE")).toEqual({
      value: 0.11,
      unit: "percent",
    });
    expect(rows.get("ROAS: facebook_spend")).toEqual({ value: 1.5, unit: "ratio" });
    expect(rows.get("Share mediated: tiktok_spend")?.value).toBeNull();
    expect(rows.get("CV folds")?.value).toBe(SAMPLE_RESULT.search.cvFolds);
  });

  it("says how the intervals were made, or that there are none", () => {
    const withIntervals = items(summaryTable(SAMPLE_RESULT, INTERVALS, []));
    expect(withIntervals.get("Intervals")?.value).toBe(
      "90% moving-block bootstrap, 200 replicates, 3 failed, blocks of 5 weeks, seed 7; " +
        "hyperparameters re-tuned in every replicate"
    );
    expect(withIntervals.get("Interval method")?.value).toBe(INTERVALS.method);
    const fixed = items(
      summaryTable(SAMPLE_RESULT, { ...INTERVALS, failed: 0, tuning: "fixed" }, [])
    );
    expect(fixed.get("Intervals")?.value).toMatch(/200 replicates, blocks.*held fixed$/);
    expect(items(summaryTable(SAMPLE_RESULT, null, [])).get("Intervals")?.value).toBe(
      "none (bootstrap off)"
    );
  });

  it("numbers every warning of the run", () => {
    const rows = items(summaryTable(SAMPLE_RESULT, null, ["first", "second"]));
    expect(rows.get("Warning 1")?.value).toBe("first");
    expect(rows.get("Warning 2")?.value).toBe("second");
  });

  it("names the headline variant only for a two-stage model", () => {
    expect(items(summaryTable(SAMPLE_RESULT, null, [])).get("Headline variant")?.value).toBe(
      "observed google_spend — standard causal mediation"
    );
    const single = {
      ...SAMPLE_RESULT,
      roles: { ...SAMPLE_RESULT.roles, mediator: null },
      variants: { ...SAMPLE_RESULT.variants, predicted: null },
    };
    expect(items(summaryTable(single, null, [])).has("Headline variant")).toBe(false);
  });

  it("heads the table with the verdict, its sentence and each driver in words, coloured by status", () => {
    const driver: HealthFinding = {
      id: "data:alwaysOn:tiktok_spend",
      kind: "data",
      status: "fail",
      title: "tiktok_spend is always on",
      finding: "tiktok_spend is spent in every week.",
      recommendation: "Pause tiktok_spend for a few weeks.",
      columns: ["tiktok_spend"],
      weeks: [],
      points: 4,
    } as unknown as HealthFinding;
    const health = {
      status: "fail",
      score: 4,
      summary: "Fail: TikTok spend cannot be told apart from the base.",
      drivers: [driver],
      findings: [driver],
      holdout: null,
    } as unknown as HealthVerdict;
    const table = summaryTable(SAMPLE_RESULT, null, [], health);
    expect(table.rows.slice(0, 3)).toEqual([
      ["Health verdict", "fail"],
      ["Verdict summary", health.summary],
      [
        "Driver 1 (fail): TikTok spend is always on",
        "TikTok spend is spent in every week. Pause TikTok spend for a few weeks.",
      ],
    ]);
    expect(table.rows[3]?.[0]).toBe("Weeks");
    expect(table.statusColumn).toBe(1);
  });

  it("says when no verdict was made", () => {
    expect(summaryTable(SAMPLE_RESULT, null, []).rows[0]).toEqual([
      "Health verdict",
      "not assessed (see the warnings)",
    ]);
  });
  it("says in its first row that a provisional run's intervals, verdict and budget are still coming", () => {
    const provisional = summaryTable(SAMPLE_RESULT, null, [], null, false);
    expect(provisional.rows[0]).toEqual([PROVISIONAL_LABEL, PROVISIONAL_TEXT]);
    expect(PROVISIONAL_TEXT).toMatch(/intervals.*budget plan are still being computed/);
    const rows = items(provisional);
    expect(rows.get("Health verdict")?.value).toBe("still being computed");
    expect(rows.get("Intervals")?.value).toBe("still being computed");
    // The same point estimates as the complete run's Summary, which has no provisional row.
    const complete = summaryTable(SAMPLE_RESULT, null, []);
    expect(complete.rows.some((row) => row[0] === PROVISIONAL_LABEL)).toBe(false);
    expect(rows.get("ROAS: facebook_spend")).toEqual(items(complete).get("ROAS: facebook_spend"));
  });
});
