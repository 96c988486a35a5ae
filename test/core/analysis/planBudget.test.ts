import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { planBudget } from "../../../src/core/analysis/planBudget";
import type { BudgetPlan, Intervals } from "../../../src/core/analysis/types";
import { toDataset } from "../../../src/core/data/toDataset";
import { InvalidParameterError } from "../../../src/core/errors";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import { currentWeeklySpend } from "../../../src/core/scenario/currentWeeklySpend";
import { modelResponse } from "../../../src/core/scenario/modelResponse";
import { projectedRevenue } from "../../../src/core/scenario/projectedRevenue";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import { fitSimulated, type SimulatedFit } from "./fitSimulated";

/** Relative tolerance of budget sums: the optimiser's bisection stops at ~1e-13 relative. */
const TOTAL_TOLERANCE = 1e-6;
/** Sums of the same numbers in another order: agreement to rounding. */
const ROUNDING = 1e-9;

let fit: SimulatedFit;
let intervals: Intervals;
let plan: BudgetPlan;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
  intervals = await bootstrapIntervals(fit.dataset, fit.result, { replicates: 10, seed: 3 });
  plan = planBudget(fit.result.model, {}, intervals.replicateModels);
}, 120_000);

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

describe("planBudget", () => {
  it("plans the social channels only, current spend = mean of the model's last 13 stored weeks", () => {
    const model = fit.result.model;
    expect(plan.channels.map((line) => line.channel)).toEqual(model.roles.social);
    for (const line of plan.channels) {
      const values = fit.dataset.columns[line.channel]!;
      expect(line.current).toBeCloseTo(
        sum(Array.from(values.subarray(values.length - 13))) / 13,
        6
      );
    }
  });

  it("states its window as data and in one sentence", () => {
    expect(plan.window).toMatchObject({
      currentSpendWeeks: 13,
      horizonWeeks: 52,
      mediator: "google_spend",
      mediatorTreatment: "follows",
    });
    expect(plan.window.statement).toMatch(
      /^Current spend = mean of the last 13 weeks; revenue = mean weekly revenue over the next 52 weeks; google_spend follows social spend as stage 1 predicts/
    );
  });

  it("adds up: totals are the sums of the lines, predicted revenue is kept apart", () => {
    const tolerance = (value: number) => ROUNDING * Math.abs(value);
    const check = (total: number, parts: number[]) =>
      expect(Math.abs(total - sum(parts))).toBeLessThanOrEqual(tolerance(total));
    check(
      plan.totalCurrent,
      plan.channels.map((l) => l.current)
    );
    check(
      plan.totalRecommended,
      plan.channels.map((l) => l.recommended)
    );
    check(
      plan.incrementalCurrent,
      plan.channels.map((l) => l.currentRevenue)
    );
    check(
      plan.incrementalRecommended,
      plan.channels.map((l) => l.recommendedRevenue)
    );
    // Baseline included, so predicted revenue is well above the channels' incremental revenue.
    expect(plan.revenueCurrent).toBeGreaterThan(plan.incrementalCurrent);
    expect(plan.expectedChange).toBe(plan.revenueRecommended - plan.revenueCurrent);
  });

  it("gives each line the exact response at its current and recommended spend, on its curve", () => {
    for (const line of plan.channels) {
      const curve = modelResponse(fit.result.model, line.channel);
      expect(line.currentRevenue).toBe(curve(line.current));
      expect(line.recommendedRevenue).toBe(curve(line.recommended));
      const point = line.curve[7]!;
      expect(point.revenue).toBe(curve(point.spend));
    }
  });

  it("reports the mediator's predicted spend at both splits as information", () => {
    const model = fit.result.model;
    const current = currentWeeklySpend(model);
    const recommended = Object.fromEntries(plan.channels.map((l) => [l.channel, l.recommended]));
    expect(plan.mediator).toEqual({
      channel: "google_spend",
      current: projectedRevenue(model, current).mediatorSpend,
      recommended: projectedRevenue(model, recommended).mediatorSpend,
    });
  });

  it("keeps the total and every channel within 50%–150% of its current spend", () => {
    expect(Math.abs(plan.totalRecommended - plan.totalCurrent)).toBeLessThanOrEqual(
      TOTAL_TOLERANCE * plan.totalCurrent
    );
    for (const line of plan.channels) {
      expect(line.recommended).toBeGreaterThanOrEqual(0.5 * line.current * (1 - TOTAL_TOLERANCE));
      expect(line.recommended).toBeLessThanOrEqual(1.5 * line.current * (1 + TOTAL_TOLERANCE));
    }
  });

  it("earns at least as much incremental revenue with the recommendation as with the current split", () => {
    expect(plan.incrementalRecommended).toBeGreaterThanOrEqual(plan.incrementalCurrent - 1e-6);
  });

  it("gives the change an interval from the replicate models", () => {
    const interval = plan.expectedChangeInterval;
    expect(interval).not.toBeNull();
    expect(interval!.lower).toBeLessThanOrEqual(interval!.upper);
  });

  it("equalises marginal ROAS across channels not at a bound", () => {
    for (const line of plan.channels.filter((l) => l.bound === null)) {
      expect(line.marginalRoas).toBeCloseTo(plan.marginalRoasTarget, 2);
    }
  });

  it("draws each curve from 0 (revenue exactly 0) to twice the largest stored week, rising", () => {
    for (const line of plan.channels) {
      const largest = Math.max(...fit.result.model.history[line.channel]!, line.max);
      expect(line.curve[0]).toMatchObject({ spend: 0, revenue: 0 });
      expect(line.curve.at(-1)!.spend).toBeCloseTo(2 * largest, 6);
      // Media coefficients are non-negative, so revenue never falls as spend rises.
      line.curve.slice(1).forEach((point, i) => {
        expect(point.revenue).toBeGreaterThanOrEqual(line.curve[i]!.revenue - ROUNDING);
      });
    }
  });

  it("honours a smaller total and tighter bounds, and builds no curves when asked", () => {
    const smaller = planBudget(fit.result.model, {
      total: 0.9 * plan.totalCurrent,
      minShare: 0.8,
      maxShare: 1.2,
      curves: false,
    });
    expect(smaller.totalRecommended).toBeCloseTo(0.9 * plan.totalCurrent, 3);
    for (const line of smaller.channels) {
      expect(line.recommended).toBeGreaterThanOrEqual(0.8 * line.current - 1e-6);
      expect(line.recommended).toBeLessThanOrEqual(1.2 * line.current + 1e-6);
      expect(line.curve).toEqual([]);
    }
    expect(smaller.expectedChangeInterval).toBeNull();
  });

  it("rejects bounds with min above max, a total the bounds cannot meet and a bad window", () => {
    const model = fit.result.model;
    expect(() => planBudget(model, { minShare: 2, maxShare: 1 })).toThrow(InvalidParameterError);
    expect(() => planBudget(model, { total: 10 * plan.totalCurrent })).toThrow(
      InvalidParameterError
    );
    expect(() => planBudget(model, { currentSpendWeeks: 0 })).toThrow(/whole number of weeks/);
    expect(() => planBudget(model, { horizonWeeks: 1.5 })).toThrow(/whole number of weeks/);
  });

  it("plans a predicted-variant model the same way (the mediator is predicted anyway)", () => {
    const predicted = fit.result.variants.predicted!.model;
    const other = planBudget(predicted, { curves: false });
    expect(other.channels.map((l) => l.channel)).toEqual(predicted.roles.social);
    expect(other.mediator?.channel).toBe("google_spend");
    expect(other.totalRecommended).toBeCloseTo(other.totalCurrent, 3);
  });
});

describe("planBudget of a single-stage model", () => {
  it("makes every media channel a line and has no mediator line", async () => {
    const media = ["facebook_spend", "tiktok_spend", "instagram_spend", "snapchat_spend"];
    const ingested = toDataset(simulateMmmData({ seed: 101 }).grid, {
      roles: { mediator: null, social: [...media, "google_spend"] },
    });
    if (!ingested.ok) throw new Error("the simulated grid should ingest");
    const model = (await fitMmm(ingested.dataset, { form: "additive" })).model;
    const single = planBudget(model, { curves: false });
    expect(single.channels.map((l) => l.channel)).toEqual([...media, "google_spend"]);
    expect(single.mediator).toBeNull();
    expect(single.window.mediatorTreatment).toBe("none");
    expect(single.window.statement).toMatch(/every media channel is a budget line/);
  }, 60_000);
});
