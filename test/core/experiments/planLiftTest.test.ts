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

  it("counts read-out weeks: the carry-over after the test in the lift, their noise in the SE", () => {
    const channel = fit.result.effects.channels.find((e) => (e.roas ?? 0) > 0)!.channel;
    const model = fit.result.model;
    const plan = (readoutWeeks?: number) =>
      planLiftTest(model, {
        channel,
        change: -1,
        weeks: 8,
        residualSd,
        ...(readoutWeeks === undefined ? {} : { readoutWeeks }),
      });
    expect(plan(0)).toEqual(plan());
    const four = plan(4);
    expect(four.standardError).toBeCloseTo(residualSd * Math.sqrt(12), 9);
    // Switching the channel off loses revenue in the read-out weeks too while its carry-over would have run on.
    expect(four.expectedLift).toBeLessThan(plan(1).expectedLift);
    expect(plan(1).expectedLift).toBeLessThan(plan(0).expectedLift);
    // The spend is back to current after the test: once the channel's carry-over and then Google's have run out,
    // more read-out weeks add nothing to the lift (a spend left changed would keep adding).
    const window = (stage: typeof model.outcomeStage | null): number =>
      Math.max(
        0,
        ...(stage?.features ?? []).map((f) =>
          f.kind === "media" && f.adstock.kind !== "none" ? (f.adstock.maxLag ?? Infinity) : 0
        )
      );
    const settled = window(model.mediatorStage) + window(model.outcomeStage);
    expect(Number.isFinite(settled)).toBe(true);
    const late = plan(settled + 5).expectedLift;
    expect(Math.abs(late - plan(settled).expectedLift)).toBeLessThan(1e-9 * Math.abs(late));
  });

  it("rejects an unknown channel and a change below −100%", () => {
    const model = fit.result.model;
    expect(() => planLiftTest(model, { channel: "tv", change: 0.5, weeks: 8, residualSd })).toThrow(
      InvalidParameterError
    );
    expect(() =>
      planLiftTest(model, { channel: model.roles.social[0]!, change: -2, weeks: 8, residualSd })
    ).toThrow(InvalidParameterError);
    for (const readoutWeeks of [-1, 1.5]) {
      expect(() =>
        planLiftTest(model, {
          channel: model.roles.social[0]!,
          change: 0.5,
          weeks: 8,
          residualSd,
          readoutWeeks,
        })
      ).toThrow(InvalidParameterError);
    }
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
