import { describe, expect, it, jest } from "@jest/globals";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import {
  SIMULATION_SCENARIOS,
  type SimulationScenario,
} from "../../../src/core/simulate/simulationScenarios";
import { simulatedDataset } from "./helpers/simulatedDataset";

// One whole fit with search under jest's sandbox (several times slower than node).
jest.setTimeout(120000);

/** Channels whose true total is below this share of revenue are too small to score (bench/_shared TINY_EFFECT_SHARE). */
const TINY_EFFECT_SHARE = 0.01;

/**
 * Limits, each a margin above what the model reached on this scenario when the test was written (fitMmm with
 * defaults, measured with tsx): median relative ROAS error 0.11 (facebook −25%, tiktok −2%, instagram −11%), median
 * share error 0.03, sum of the channels' totals −16%, google's total +7%. (Before the transform search's prior pull:
 * 0.08, 0.10, −47% and +2%; facebook, always on, was at −83%.)
 */
const MEDIAN_ROAS_LIMIT = 0.2;
const MEDIAN_SHARE_LIMIT = 0.1;
const SUM_LIMIT = 0.3;
const GOOGLE_LIMIT = 0.15;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

describe("accuracy on a clean simulator scenario", () => {
  it("recovers total effects, mediated shares and google's effect within tolerance (low-noise scenario)", async () => {
    const scenario = SIMULATION_SCENARIOS.find(
      (entry) => entry.name === "low-noise"
    ) as SimulationScenario;
    const { dataset, truth } = simulatedDataset(scenario.options);
    const result = await fitMmm(dataset);
    const roasErrors: number[] = [];
    const shareErrors: number[] = [];
    let estimatedSum = 0;
    let trueSum = 0;
    for (const name of truth.channelNames) {
      const actual = truth.channels[name];
      const estimate = result.effects.channels.find((effect) => effect.channel === name);
      if (!actual || !estimate) throw new Error(`No estimate for ${name}.`);
      estimatedSum += estimate.total;
      trueSum += actual.total;
      if (Math.abs(actual.total) < TINY_EFFECT_SHARE * truth.revenue) continue;
      roasErrors.push(Math.abs(estimate.total - actual.total) / Math.abs(actual.total));
      shareErrors.push(Math.abs((estimate.shareMediated ?? 0) - (actual.shareMediated ?? 0)));
    }
    const mediator = result.effects.mediator?.total ?? 0;
    expect(roasErrors.length).toBeGreaterThanOrEqual(3);
    expect(median(roasErrors)).toBeLessThan(MEDIAN_ROAS_LIMIT);
    expect(median(shareErrors)).toBeLessThan(MEDIAN_SHARE_LIMIT);
    expect(Math.abs(estimatedSum - trueSum) / trueSum).toBeLessThan(SUM_LIMIT);
    expect(Math.abs(mediator - truth.google.total) / truth.google.total).toBeLessThan(GOOGLE_LIMIT);
  });
});
