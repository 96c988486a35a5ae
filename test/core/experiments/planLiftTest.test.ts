import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import type { Intervals } from "../../../src/core/analysis/types";
import { InvalidParameterError } from "../../../src/core/errors";
import { planLiftTest } from "../../../src/core/experiments/planLiftTest";
import { rankLiftTests } from "../../../src/core/experiments/rankLiftTests";
import { fitSimulated, type SimulatedFit } from "../analysis/fitSimulated";

let fit: SimulatedFit;
let intervals: Intervals;
let residualSd: number;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
  intervals = await bootstrapIntervals(fit.dataset, fit.result, {
    replicates: 20,
    seed: 2,
    tuning: "fixed",
  });
  residualSd = fit.result.metrics.stage2.cv.mean.rmse;
}, 120_000);

describe("planLiftTest", () => {
  it("expects revenue up for more spend and down for none, and no lift for no change", () => {
    const channel = fit.result.effects.channels.find((e) => (e.roas ?? 0) > 0)!.channel;
    const model = fit.result.model;
    const up = planLiftTest(model, { channel, change: 0.5, weeks: 8, residualSd });
    const off = planLiftTest(model, { channel, change: -1, weeks: 8, residualSd });
    expect(up.expectedLift).toBeGreaterThan(0);
    expect(off.expectedLift).toBeLessThan(0);
    expect(up.standardError).toBeCloseTo(residualSd * Math.sqrt(8), 9);
    const none = planLiftTest(model, { channel, change: 0, weeks: 8, residualSd });
    expect(none.expectedLift).toBe(0);
    expect(none.weeksNeeded).toBeNull();
  });

  it("a test of the weeks it says are needed reaches about the target precision", () => {
    const channel = fit.result.effects.channels.find((e) => (e.roas ?? 0) > 0)!.channel;
    const model = fit.result.model;
    const short = planLiftTest(model, { channel, change: -1, weeks: 4, residualSd });
    // Halving the relative SE of a 4-week test takes at most 16 weeks: SE grows as √weeks and the lift at least in
    // proportion to the weeks (carry-over builds up in a longer test).
    const target = short.relativeSe / 2;
    const plan = planLiftTest(model, {
      channel,
      change: -1,
      weeks: 4,
      residualSd,
      targetRelativeSe: target,
    });
    expect(plan.weeksNeeded).toBeGreaterThan(4);
    expect(plan.weeksNeeded).toBeLessThanOrEqual(16);
    const at = (weeks: number) => planLiftTest(model, { channel, change: -1, weeks, residualSd });
    expect(at(plan.weeksNeeded!).relativeSe).toBeLessThanOrEqual(target);
    expect(at(plan.weeksNeeded! - 1).relativeSe).toBeGreaterThan(target);
  });

  it("rejects an unknown channel and a change below −100%", () => {
    const model = fit.result.model;
    expect(() => planLiftTest(model, { channel: "tv", change: 0.5, weeks: 8, residualSd })).toThrow(
      InvalidParameterError
    );
    expect(() =>
      planLiftTest(model, { channel: model.roles.social[0]!, change: -2, weeks: 8, residualSd })
    ).toThrow(InvalidParameterError);
  });
});

describe("rankLiftTests", () => {
  it("ranks every channel by the revenue its ROAS uncertainty puts at stake", () => {
    const rows = rankLiftTests(fit.result.model, intervals, { change: 0.5, weeks: 8, residualSd });
    expect(rows.map((r) => r.channel).sort()).toEqual([...fit.result.model.roles.social].sort());
    const stakes = rows.map((r) => r.revenueAtStake!);
    expect([...stakes].sort((a, b) => b - a)).toEqual(stakes);
    const first = rows[0]!;
    const roas = intervals.observed.channels.find((c) => c.channel === first.channel)!.roas!;
    expect(first.revenueAtStake).toBeCloseTo((roas.upper - roas.lower) * first.weeklySpend, 9);
  });
});
