import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { readCsvGrid } from "../../../src/cli/readCsvGrid";
import { toDataset } from "../../../src/core/data/toDataset";
import { checkDataAdequacy } from "../../../src/core/health/checkDataAdequacy";
import { DATA_CHECK_THRESHOLDS } from "../../../src/core/health/constants";
import type { DataCheck } from "../../../src/core/health/types";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import type { SimulationOptions } from "../../../src/core/simulate/simulationOptions";
import type { Dataset } from "../../../src/core/types";

const REAL_CSV = join(__dirname, "../../../../shared/data/mmm_weekly_assessment.csv");

function datasetOf(grid: unknown[][]): Dataset {
  const read = toDataset(grid);
  if (!read.ok) throw new Error("grid did not ingest");
  return read.dataset;
}

const simulated = (options: SimulationOptions): unknown[][] => simulateMmmData(options).grid;

/** The grid with one column replaced, row by row (header kept). */
function withColumn(
  grid: unknown[][],
  name: string,
  value: (row: unknown[], r: number) => number
): unknown[][] {
  const j = (grid[0] as string[]).indexOf(name);
  return grid.map((row, r) =>
    r === 0 ? row : row.map((cell, k) => (k === j ? value(row, r) : cell))
  );
}

const byId = (checks: readonly DataCheck[], id: string): DataCheck | undefined =>
  checks.find((c) => c.id === id);
const notPassing = (checks: readonly DataCheck[], kind: DataCheck["kind"]) =>
  checks.filter((c) => c.kind === kind && c.status !== "pass");

describe("checkDataAdequacy", () => {
  const defaultChecks = checkDataAdequacy(datasetOf(simulated({ seed: 101 })));

  it("flags the simulator's always-on facebook as weakly identified and says what would help", () => {
    const alwaysOn = notPassing(defaultChecks, "alwaysOn");
    expect(alwaysOn.map((c) => c.columns)).toEqual([["facebook_spend"]]);
    expect(alwaysOn[0]?.status).toBe("review");
    expect(alwaysOn[0]?.recommendation).toMatch(/lift test/);
    expect(alwaysOn[0]?.recommendation).toMatch(/pause/);
    expect(alwaysOn[0]?.recommendation).toMatch(/geo split/);
  });

  it("fails when every social channel is always on", () => {
    const grid = simulated({
      seed: 121,
      channels: ["facebook_spend", "tiktok_spend", "instagram_spend"].map((name) => ({
        name,
        activeShare: 1,
      })),
    });
    const all = byId(checkDataAdequacy(datasetOf(grid)), "alwaysOn:allSocial");
    expect(all?.status).toBe("fail");
    expect(all?.columns).toEqual(["facebook_spend", "tiktok_spend", "instagram_spend"]);
  });

  it("grades weeks per parameter: pass at 104 weeks, review at 78, fail at 40", () => {
    const t = DATA_CHECK_THRESHOLDS;
    const at = (weeks: number) =>
      byId(checkDataAdequacy(datasetOf(simulated({ seed: 101, weeks }))), "weeksPerParameter");
    // 104 weeks (36 parameters): just above the review line, where the accuracy target is met.
    const year2 = byId(defaultChecks, "weeksPerParameter");
    expect(year2?.value).toBeGreaterThanOrEqual(t.weeksPerParameterReview);
    expect(year2?.status).toBe("pass");
    // 78 weeks: below the review line (CV's first fold has fewer weeks than parameters), above the fail line.
    const year1half = at(78);
    expect(year1half?.value).toBeLessThan(t.weeksPerParameterReview);
    expect(year1half?.value).toBeGreaterThanOrEqual(t.weeksPerParameterFail);
    expect(year1half?.status).toBe("review");
    // 40 weeks: the training window has fewer weeks than parameters.
    const short = at(40);
    expect(short?.value).toBeLessThan(t.weeksPerParameterFail);
    expect(short?.status).toBe("fail");
  });

  it("counts fewer parameters without direct paths and without seasonality", () => {
    const dataset = datasetOf(simulated({ seed: 101 }));
    const full = byId(checkDataAdequacy(dataset), "weeksPerParameter")?.value as number;
    const lean = byId(
      checkDataAdequacy(dataset, { fit: { directPaths: false, fourierOrder: 0 } }),
      "weeksPerParameter"
    )?.value as number;
    expect(lean).toBeGreaterThan(full);
  });

  it("names a collinear pair with its correlation", () => {
    const grid = withColumn(
      simulated({ seed: 101 }),
      "snapchat_spend",
      (row) => 0.5 * (row[2] as number) + 1
    );
    const pair = notPassing(checkDataAdequacy(datasetOf(grid)), "correlation");
    expect(pair).toHaveLength(1);
    expect(pair[0]?.status).toBe("fail");
    expect(pair[0]?.columns).toEqual(["tiktok_spend", "snapchat_spend"]);
    expect(pair[0]?.value).toBeCloseTo(1, 6);
  });

  it("fails a channel with fewer active weeks than the minimum and flags constant spend", () => {
    let on = 0;
    const grid = withColumn(simulated({ seed: 101 }), "tiktok_spend", (row) =>
      (row[2] as number) > 0 && on++ < 5 ? (row[2] as number) : 0
    );
    const flat = withColumn(grid, "facebook_spend", (_row, r) => 5000 + (r % 2));
    const checks = checkDataAdequacy(datasetOf(flat));
    expect(byId(checks, "zeroWeeks:tiktok_spend")?.status).toBe("fail");
    expect(byId(checks, "spendVariation:facebook_spend")?.status).toBe("fail");
  });

  it("names the weeks where revenue collapses and the price cut-off that explains them", () => {
    const grid = simulated({ seed: 101 });
    const header = grid[0] as string[];
    const price = header.indexOf("average_price");
    const prices = grid
      .slice(1)
      .map((row) => row[price] as number)
      .sort((a, b) => b - a);
    const cutoff = prices[5] as number; // the six most expensive weeks collapse
    const collapsed = withColumn(grid, "revenue", (row) =>
      (row[price] as number) >= cutoff ? 1 : (row[header.indexOf("revenue")] as number)
    );
    const check = byId(checkDataAdequacy(datasetOf(collapsed)), "outcomeCollapse");
    const expectedWeeks = collapsed
      .slice(1)
      .filter((row) => (row[price] as number) >= cutoff)
      .map((row) => row[0]);
    expect(check?.status).toBe("review");
    expect(check?.weeks).toEqual(expectedWeeks);
    expect(check?.columns).toEqual(["revenue", "average_price"]);
    expect(check?.finding).toContain(`average_price ≥ ${cutoff}`);
    expect(byId(defaultChecks, "outcomeCollapse")?.status).toBe("pass");
  });

  it("flags a level break and names its week", () => {
    const grid = simulated({ seed: 101 });
    const revenue = (grid[0] as string[]).indexOf("revenue");
    const broken = withColumn(
      grid,
      "revenue",
      (row, r) => (row[revenue] as number) * (r > 60 ? 3 : 1)
    );
    const check = byId(checkDataAdequacy(datasetOf(broken)), "outcomeBreak");
    expect(check?.status).toBe("review");
    expect(check?.weeks).toEqual([broken[61]?.[0]]);
    expect(byId(defaultChecks, "outcomeBreak")?.status).toBe("pass");
  });

  it("takes overridden thresholds", () => {
    const dataset = datasetOf(simulated({ seed: 101 }));
    const lenient = checkDataAdequacy(dataset, {
      thresholds: {
        weeksPerParameterReview: 1,
        weeksPerParameterFail: 0.5,
        alwaysOnMaxOffShare: 0,
      },
    });
    expect(byId(lenient, "weeksPerParameter")?.status).toBe("pass");
    expect(notPassing(lenient, "alwaysOn")).toHaveLength(0);
    expect(DATA_CHECK_THRESHOLDS.correlationReview).toBeCloseTo(Math.sqrt(1 - 1 / 5), 12);
  });

  const real = existsSync(REAL_CSV);
  if (!real) {
    it.skip("on the assessment data (skipped: /work/shared/data/mmm_weekly_assessment.csv is not present)", () => {});
  } else {
    it("on the assessment data names the always-on channel and the price cut-off weeks, in well under a second", () => {
      const dataset = datasetOf(readCsvGrid(readFileSync(REAL_CSV, "utf8")));
      const started = Date.now();
      const checks = checkDataAdequacy(dataset);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(notPassing(checks, "alwaysOn").flatMap((c) => c.columns)).toEqual(["facebook_spend"]);
      const collapse = byId(checks, "outcomeCollapse");
      const revenue = dataset.columns.revenue as Float64Array;
      const price = dataset.columns.average_price as Float64Array;
      const cutoff = Math.min(
        ...dataset.weeks.flatMap((_, i) =>
          (revenue[i] as number) <= 1 ? [price[i] as number] : []
        )
      );
      const expensive = dataset.weeks.filter((_, i) => (price[i] as number) >= cutoff);
      expect(collapse?.weeks).toEqual(expensive);
      expect(collapse?.weeks).toHaveLength(8);
      expect(collapse?.finding).toContain(`average_price ≥ ${cutoff}`);
      expect(cutoff).toBeGreaterThanOrEqual(109.75); // "prices ≥ 109.8" as the README rounds it
    });
  }
});
