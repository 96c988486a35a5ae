import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { planBudget } from "../../../src/core/analysis/planBudget";
import type { BudgetPlan, Intervals } from "../../../src/core/analysis/types";
import { toDataset } from "../../../src/core/data/toDataset";
import { InvalidParameterError } from "../../../src/core/errors";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import { currentWeeklySpend } from "../../../src/core/scenario/currentWeeklySpend";
import { modelNetResponse } from "../../../src/core/scenario/modelNetResponse";
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

/** A total equals the sum of its parts to rounding (at least 1 unit's worth, for totals near 0). */
const check = (total: number, parts: number[]) =>
  expect(Math.abs(total - sum(parts))).toBeLessThanOrEqual(ROUNDING * Math.max(1, Math.abs(total)));

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

  it("adds up net of induced google spend: lines, totals and the net change", () => {
    check(
      plan.inducedCurrent,
      plan.channels.map((l) => l.currentInducedSpend)
    );
    check(
      plan.inducedRecommended,
      plan.channels.map((l) => l.recommendedInducedSpend)
    );
    check(
      plan.netIncrementalCurrent,
      plan.channels.map((l) => l.currentNetRevenue)
    );
    check(
      plan.netIncrementalRecommended,
      plan.channels.map((l) => l.recommendedNetRevenue)
    );
    check(plan.netIncrementalCurrent, [plan.incrementalCurrent, -plan.inducedCurrent]);
    check(plan.netIncrementalRecommended, [plan.incrementalRecommended, -plan.inducedRecommended]);
    for (const line of plan.channels) {
      check(line.currentNetRevenue, [line.currentRevenue, -line.currentInducedSpend]);
      check(line.recommendedNetRevenue, [line.recommendedRevenue, -line.recommendedInducedSpend]);
    }
    const mediator = plan.mediator!;
    expect(plan.inducedSpendAsCost).toBe(true);
    expect(plan.expectedNetChange).toBe(
      plan.expectedChange - (mediator.recommended - mediator.current)
    );
  });

  it("gives each line the exact induced spend and net revenue at its current and recommended spend", () => {
    for (const line of plan.channels) {
      const split = modelNetResponse(fit.result.model, line.channel);
      const now = split(line.current);
      const planned = split(line.recommended);
      expect([line.currentInducedSpend, line.currentNetRevenue]).toEqual([
        now.inducedSpend,
        now.net,
      ]);
      expect([line.recommendedInducedSpend, line.recommendedNetRevenue]).toEqual([
        planned.inducedSpend,
        planned.net,
      ]);
      // Social spend raises google in this simulation, so every channel induces some.
      expect(line.currentInducedSpend).toBeGreaterThan(0);
    }
  });

  it("earns at least as much net revenue with the recommendation, and no more gross than the gross plan", () => {
    expect(plan.netIncrementalRecommended).toBeGreaterThanOrEqual(
      plan.netIncrementalCurrent - 1e-6
    );
    const gross = planBudget(fit.result.model, { curves: false, inducedSpendAsCost: false });
    expect(gross.inducedSpendAsCost).toBe(false);
    // Each plan is best on its own objective (the optimiser's tolerance aside).
    expect(gross.incrementalRecommended).toBeGreaterThanOrEqual(plan.incrementalRecommended - 1e-6);
    expect(plan.netIncrementalRecommended).toBeGreaterThanOrEqual(
      gross.netIncrementalRecommended - 1e-6
    );
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

  it("gives the change and the net change intervals from the replicate models", () => {
    const interval = plan.expectedChangeInterval;
    expect(interval).not.toBeNull();
    expect(interval!.lower).toBeLessThanOrEqual(interval!.upper);
    const net = plan.expectedNetChangeInterval;
    expect(net).not.toBeNull();
    expect(net!.lower).toBeLessThanOrEqual(net!.upper);
    // Each replicate re-predicts google as well, so the net interval is not the gross one shifted.
    expect(net).not.toEqual(interval);
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
    expect(smaller.expectedNetChangeInterval).toBeNull();
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
    // Nothing is induced: the same plan whether induced spend counts or not, net equal to gross.
    expect(single.inducedSpendAsCost).toBe(false);
    expect(planBudget(model, { curves: false, inducedSpendAsCost: false })).toEqual(single);
    expect(single.inducedRecommended).toBe(0);
    expect(single.netIncrementalRecommended).toBe(single.incrementalRecommended);
    expect(single.expectedNetChange).toBe(single.expectedChange);
    for (const line of single.channels) {
      expect(line.recommendedRevenue).toBe(modelResponse(model, line.channel)(line.recommended));
      expect(line.recommendedNetRevenue).toBe(line.recommendedRevenue);
    }
  }, 60_000);
});

describe("planBudget when a channel's mediated revenue comes with expensive google spend", () => {
  it("gives that channel less than the gross plan does, and the other channel more", async () => {
    // facebook acts on revenue only through google (4,000 a week of google at saturation); tiktok acts directly.
    // Gross, facebook's mediated revenue looks cheap; net of the google spend it induces, it is not.
    const ingested = toDataset(
      simulateMmmData({
        seed: 5,
        channels: [
          {
            name: "facebook_spend",
            meanSpend: 4000,
            activeShare: 1,
            mediatedStrength: 4000,
            directStrength: 0,
          },
          {
            name: "tiktok_spend",
            meanSpend: 4000,
            activeShare: 1,
            mediatedStrength: 0,
            directStrength: 4000,
          },
        ],
      }).grid
    );
    if (!ingested.ok) throw new Error("the simulated grid should ingest");
    const model = (await fitMmm(ingested.dataset, { form: "additive" })).model;
    const net = planBudget(model, { curves: false });
    const gross = planBudget(model, { curves: false, inducedSpendAsCost: false });
    const spend = (p: BudgetPlan, channel: string) =>
      p.channels.find((l) => l.channel === channel)!.recommended;
    expect(
      net.channels.find((l) => l.channel === "facebook_spend")!.currentInducedSpend
    ).toBeGreaterThan(0);
    expect(spend(net, "facebook_spend")).toBeLessThan(spend(gross, "facebook_spend"));
    expect(spend(net, "tiktok_spend")).toBeGreaterThan(spend(gross, "tiktok_spend"));
    // Same social total, and the net plan is worth more net of induced google spend than the gross plan.
    expect(net.totalRecommended).toBeCloseTo(gross.totalRecommended, 3);
    expect(net.expectedNetChange).toBeGreaterThan(gross.expectedNetChange);
  }, 60_000);
});
