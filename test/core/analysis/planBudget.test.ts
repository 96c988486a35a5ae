import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { planBudget } from "../../../src/core/analysis/planBudget";
import type { BudgetPlan, Intervals } from "../../../src/core/analysis/types";
import { InvalidParameterError } from "../../../src/core/errors";
import { fitSimulated, type SimulatedFit } from "./fitSimulated";

/** Relative tolerance of budget sums: the optimiser's bisection stops at ~1e-13 relative. */
const TOTAL_TOLERANCE = 1e-6;

let fit: SimulatedFit;
let intervals: Intervals;
let plan: BudgetPlan;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
  intervals = await bootstrapIntervals(fit.dataset, fit.result, { replicates: 20, seed: 3 });
  plan = planBudget(fit.dataset, fit.result, intervals);
}, 120_000);

describe("planBudget", () => {
  it("plans every social channel and google, current spend = mean of the last 13 weeks", () => {
    expect(plan.channels.map((line) => line.channel)).toEqual([
      ...fit.dataset.roles.social,
      "google_spend",
    ]);
    for (const line of plan.channels) {
      const values = fit.dataset.columns[line.channel]!;
      const last = Array.from(values.subarray(values.length - 13));
      expect(line.current).toBeCloseTo(last.reduce((a, b) => a + b, 0) / 13, 6);
    }
    expect(plan.windowWeeks).toBe(13);
  });

  it("keeps the total and every channel within 50%–150% of its current spend", () => {
    const total = plan.channels.reduce((sum, line) => sum + line.recommended, 0);
    expect(Math.abs(total - plan.totalCurrent)).toBeLessThanOrEqual(
      TOTAL_TOLERANCE * plan.totalCurrent
    );
    for (const line of plan.channels) {
      expect(line.recommended).toBeGreaterThanOrEqual(0.5 * line.current * (1 - TOTAL_TOLERANCE));
      expect(line.recommended).toBeLessThanOrEqual(1.5 * line.current * (1 + TOTAL_TOLERANCE));
    }
  });

  it("predicts at least as much revenue for the recommendation as for the current split", () => {
    expect(plan.revenueRecommended).toBeGreaterThanOrEqual(plan.revenueCurrent - 1e-6);
    expect(plan.expectedChange).toBeCloseTo(plan.revenueRecommended - plan.revenueCurrent, 6);
  });

  it("gives the change an interval from the replicate models", () => {
    const interval = plan.expectedChangeInterval;
    expect(interval).not.toBeNull();
    expect(interval!.lower).toBeLessThanOrEqual(interval!.upper);
  });

  it("equalises marginal ROAS across channels not at a bound", () => {
    const free = plan.channels.filter((line) => line.bound === null);
    for (const line of free) {
      expect(line.marginalRoas).toBeCloseTo(plan.marginalRoasTarget, 2);
    }
  });

  it("draws each response curve from 0 to twice the largest observed week, starting at 0 revenue", () => {
    for (const line of plan.channels) {
      const largest = Math.max(...fit.dataset.columns[line.channel]!);
      expect(line.curve[0]!.spend).toBe(0);
      expect(line.curve[0]!.revenue).toBeCloseTo(0, 6);
      expect(line.curve[line.curve.length - 1]!.spend).toBeCloseTo(2 * largest, 6);
    }
  });

  it("honours a smaller total and tighter bounds", () => {
    const smaller = planBudget(fit.dataset, fit.result, null, {
      total: 0.9 * plan.totalCurrent,
      minShare: 0.8,
      maxShare: 1.2,
    });
    const total = smaller.channels.reduce((sum, line) => sum + line.recommended, 0);
    expect(total).toBeCloseTo(0.9 * plan.totalCurrent, 3);
    for (const line of smaller.channels) {
      expect(line.recommended).toBeGreaterThanOrEqual(0.8 * line.current - 1e-6);
      expect(line.recommended).toBeLessThanOrEqual(1.2 * line.current + 1e-6);
    }
    expect(smaller.expectedChangeInterval).toBeNull();
  });

  it("rejects bounds with min above max and a total the bounds cannot meet", () => {
    expect(() => planBudget(fit.dataset, fit.result, null, { minShare: 2, maxShare: 1 })).toThrow(
      InvalidParameterError
    );
    expect(() =>
      planBudget(fit.dataset, fit.result, null, { total: 10 * plan.totalCurrent })
    ).toThrow(InvalidParameterError);
  });
});
