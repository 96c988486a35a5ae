import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { sensitivityAnalysis } from "../../../src/core/analysis/sensitivityAnalysis";
import type { Intervals } from "../../../src/core/analysis/types";
import { fitSimulated, type SimulatedFit } from "./fitSimulated";

let fit: SimulatedFit;
let intervals: Intervals;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
  intervals = await bootstrapIntervals(fit.dataset, fit.result, { replicates: 20, seed: 2 });
}, 60_000);

describe("sensitivityAnalysis", () => {
  it("carries the fit's elasticity and promotion lift with their bootstrap intervals", () => {
    const sensitivity = sensitivityAnalysis(fit.result, intervals);
    expect(sensitivity.elasticity.value).toBe(fit.result.elasticity.value);
    expect(sensitivity.elasticity.interval).toEqual(intervals.elasticity);
    expect(sensitivity.promoLift.value).toBe(fit.result.promoLift.value);
    expect(sensitivity.promoLift.interval).toEqual(intervals.promoLift.value);
    expect(sensitivity.promoLift.revenuePerPromoWeekInterval).toEqual(
      intervals.promoLift.revenuePerPromoWeek
    );
    expect(sensitivity.grid.scenarios).toHaveLength(18);
  });

  it("leaves the intervals null without a bootstrap", () => {
    const sensitivity = sensitivityAnalysis(fit.result, null);
    expect(sensitivity.elasticity.interval).toBeNull();
    expect(sensitivity.promoLift.interval).toBeNull();
  });
});
