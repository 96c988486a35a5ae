import { beforeAll, describe, expect, it } from "@jest/globals";
import { analysisJson, mergeResultsJson } from "../../src/cli/analysisJson";
import { toResultsJson } from "../../src/cli/toResultsJson";
import { bootstrapIntervals } from "../../src/core/analysis/bootstrapIntervals";
import { diagnoseFit } from "../../src/core/analysis/diagnoseFit";
import { planBudget } from "../../src/core/analysis/planBudget";
import { sensitivityAnalysis } from "../../src/core/analysis/sensitivityAnalysis";
import type {
  BudgetPlan,
  FitDiagnostics,
  Intervals,
  Sensitivity,
} from "../../src/core/analysis/types";
import { fitSimulated, type SimulatedFit } from "../core/analysis/fitSimulated";

let fit: SimulatedFit;
let intervals: Intervals;
let diagnostics: FitDiagnostics;
let sensitivity: Sensitivity;
let budget: BudgetPlan;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
  intervals = await bootstrapIntervals(fit.dataset, fit.result, { replicates: 10, seed: 1 });
  diagnostics = diagnoseFit(fit.dataset, fit.result, { stabilityWindow: 0 });
  sensitivity = sensitivityAnalysis(fit.result, intervals);
  budget = planBudget(fit.result.model, {}, intervals.replicateModels);
}, 120_000);

type Json = Record<string, any>;

describe("analysisJson", () => {
  it("deep-merges ci90 into every effect of results.json without losing the point estimates", () => {
    const merged = mergeResultsJson(
      toResultsJson(fit.result),
      analysisJson(intervals, diagnostics, sensitivity, budget)
    ) as Json;
    const tiktok = merged.effects.tiktok_spend;
    expect(tiktok.total).toBe(fit.result.effects.channels[1]!.total);
    expect(Object.keys(tiktok.ci90)).toEqual([
      "total",
      "direct",
      "indirect",
      "roas",
      "share_mediated",
    ]);
    expect(tiktok.ci90.total).toEqual([
      intervals.observed.channels[1]!.total.lower,
      intervals.observed.channels[1]!.total.upper,
    ]);
    expect(Object.keys(merged.effects.google_spend.ci90)).toEqual(["total", "roas"]);
    expect(merged.effects.google_spend.roas).toBe(fit.result.effects.mediator!.roas);
    expect(merged.variants.predicted.effects.tiktok_spend.ci90.total).toHaveLength(2);
    expect(merged.variants.predicted.effects.tiktok_spend.total).toBeDefined();
    expect(merged.elasticity.value).toBe(fit.result.elasticity.value);
    expect(merged.elasticity.ci90).toEqual([
      intervals.elasticity!.lower,
      intervals.elasticity!.upper,
    ]);
    expect(merged.promo_lift.ci90).toHaveLength(2);
    expect(merged.schema).toBe("mmm-result/1");
  });

  it("writes the budget as current, recommended and expected change with its interval", () => {
    const json = analysisJson(intervals, null, null, budget) as Json;
    expect(Object.keys(json.budget.current.spend)).toEqual(
      budget.channels.map((line) => line.channel)
    );
    expect(json.budget.recommended.total).toBeCloseTo(budget.totalRecommended, 9);
    expect(json.budget.expected_change.value).toBe(budget.expectedChange);
    expect(json.budget.expected_change.ci90).toEqual([
      budget.expectedChangeInterval!.lower,
      budget.expectedChangeInterval!.upper,
    ]);
  });

  it("survives a JSON round trip with plain arrays (no typed arrays as objects)", () => {
    const json = analysisJson(intervals, diagnostics, sensitivity, budget);
    const back = JSON.parse(JSON.stringify(json)) as Json;
    expect(Array.isArray(back.prediction_band.lower)).toBe(true);
    expect(back.prediction_band.lower).toHaveLength(fit.dataset.weeks.length);
    expect(back.diagnostics.stage2.residual_checks.length).toBeGreaterThan(0);
    expect(back.sensitivity.grid.scenarios).toHaveLength(18);
    expect(back.uncertainty.replicates).toBe(10);
    expect(back.uncertainty.tuning).toBe(intervals.tuning);
  });

  it("leaves out the sections of steps given as null", () => {
    const json = analysisJson(null, null, null, null);
    expect(json).toEqual({});
  });
});

describe("mergeResultsJson", () => {
  it("merges nested objects, replaces other values and changes neither input", () => {
    const base = { a: { b: 1, c: [1] }, d: 2 };
    const extra = { a: { c: [2], e: 3 } };
    expect(mergeResultsJson(base, extra)).toEqual({ a: { b: 1, c: [2], e: 3 }, d: 2 });
    expect(base).toEqual({ a: { b: 1, c: [1] }, d: 2 });
  });
});
