import { describe, expect, it, jest } from "@jest/globals";
import { toDataset } from "../../../../src/core/data/toDataset";
import { fitMmm } from "../../../../src/core/attribution/fitMmm";
import { priceCutoffCandidates } from "../../../../src/core/model/_internal/choosePriceCutoff";
import { simulateMmmData } from "../../../../src/core/simulate/simulateMmmData";
import type { Dataset } from "../../../../src/core/types";

// Two whole fits under jest's sandbox (several times slower than node).
jest.setTimeout(120000);

function simulated(seed: number): Dataset {
  const read = toDataset(simulateMmmData({ seed }).grid);
  if (!read.ok) throw new Error("The simulated grid should pass ingestion.");
  return read.dataset;
}

describe("priceCutoffCandidates", () => {
  it("puts thresholds between distinct prices of the top training weeks, at least three weeks above each", () => {
    // 20 weeks: prices 1..20; the top 15% is 3 weeks, so the only candidate lies between 18 and 17.
    const price = Float64Array.from({ length: 20 }, (_, t) => t + 1);
    const train = Array.from({ length: 20 }, (_, t) => t);
    expect(priceCutoffCandidates(price, train)).toEqual([17.5]);
  });

  it("skips ties: no threshold can separate equal prices", () => {
    const price = Float64Array.from({ length: 20 }, () => 100);
    const train = Array.from({ length: 20 }, (_, t) => t);
    expect(priceCutoffCandidates(price, train)).toEqual([]);
  });
});

describe("choosePriceCutoff through fitMmm", () => {
  const dataset = simulated(11);
  const price = dataset.columns.average_price as Float64Array;

  it("finds a cut-off where sales collapse above a price, and none on smooth price data", async () => {
    const sorted = Float64Array.from(price).sort();
    // Sales collapse in the 6 highest-price weeks (as in the real data, where revenue is 1 at prices ≥ 110).
    const limit = sorted[sorted.length - 6] as number;
    const revenue = (dataset.columns.revenue as Float64Array).map((value, t) =>
      (price[t] as number) >= limit ? 1 : value
    );
    const collapsed: Dataset = { ...dataset, columns: { ...dataset.columns, revenue } };
    const withCollapse = await fitMmm(collapsed, { form: "multiplicative" });
    const cutoff = withCollapse.hyperparameters.outcome.priceCutoff;
    expect(cutoff).not.toBeNull();
    expect(cutoff).toBeLessThanOrEqual(limit);
    expect(cutoff).toBeGreaterThan(sorted[sorted.length - 10] as number);
    const smooth = await fitMmm(dataset, { form: "multiplicative" });
    expect(smooth.hyperparameters.outcome.priceCutoff ?? null).toBeNull();
  });

  it("leaves the cut-off out when asked", async () => {
    const result = await fitMmm(dataset, { form: "additive", priceCutoff: "never" });
    expect(result.hyperparameters.outcome.priceCutoff ?? null).toBeNull();
  });
});
