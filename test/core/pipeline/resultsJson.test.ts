import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { diagnoseFit } from "../../../src/core/analysis/diagnoseFit";
import { planBudget } from "../../../src/core/analysis/planBudget";
import { sensitivityAnalysis } from "../../../src/core/analysis/sensitivityAnalysis";
import { runMmm } from "../../../src/core/pipeline/runMmm";
import { resultsJson } from "../../../src/core/pipeline/resultsJson";
import type { ChannelEffectJson, ResultsJson } from "../../../src/core/pipeline/resultsJsonTypes";
import type { MmmRun } from "../../../src/core/pipeline/types";
import { fitSimulated, type SimulatedFit } from "../analysis/fitSimulated";

let fit: SimulatedFit;
let run: MmmRun;
let json: ResultsJson;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
  run = await runMmm(
    fit.dataset,
    { bootstrap: { replicates: 10, seed: 1 } },
    {},
    {
      fit: async () => fit.result,
      bootstrap: bootstrapIntervals,
      diagnostics: (dataset, result) => diagnoseFit(dataset, result, { stabilityWindow: 0 }),
      sensitivity: sensitivityAnalysis,
      budget: planBudget,
    }
  );
  json = resultsJson(run);
}, 120_000);

const channel = (effects: ResultsJson["effects"], name: string): ChannelEffectJson =>
  effects[name] as ChannelEffectJson;

describe("resultsJson", () => {
  it("puts ci90 beside every effect without losing the point estimates", () => {
    const intervals = run.intervals!;
    const tiktok = channel(json.effects, "tiktok_spend");
    expect(tiktok.total).toBe(fit.result.effects.channels[1]!.total);
    expect(Object.keys(tiktok.ci90!)).toEqual([
      "total",
      "direct",
      "indirect",
      "roas",
      "share_mediated",
      "induced_mediator_spend",
      "net_roas",
    ]);
    expect(tiktok.net_roas).toBe(fit.result.effects.channels[1]!.netRoas);
    expect(tiktok.induced_mediator_spend).toBe(
      fit.result.effects.channels[1]!.inducedMediatorSpend
    );
    expect(tiktok.ci90!.net_roas).toEqual([
      intervals.observed.channels[1]!.netRoas!.lower,
      intervals.observed.channels[1]!.netRoas!.upper,
    ]);
    expect(tiktok.ci90!.total).toEqual([
      intervals.observed.channels[1]!.total.lower,
      intervals.observed.channels[1]!.total.upper,
    ]);
    expect(Object.keys(json.effects.google_spend!.ci90!)).toEqual(["total", "roas"]);
    expect(json.effects.google_spend!.roas).toBe(fit.result.effects.mediator!.roas);
    expect(channel(json.variants.predicted!.effects, "tiktok_spend").ci90!.total).toHaveLength(2);
    expect(json.elasticity.value).toBe(fit.result.elasticity.value);
    expect(json.elasticity.ci90).toEqual([
      intervals.elasticity!.lower,
      intervals.elasticity!.upper,
    ]);
    expect(json.promo_lift.ci90).toHaveLength(2);
    expect(json.schema).toBe("mmm-result/1");
    expect(json.seed).toBe(1);
  });

  it("writes the budget as current, recommended and expected change with its interval", () => {
    const budget = run.budget!;
    expect(Object.keys(json.budget!.current.spend)).toEqual(
      budget.channels.map((line) => line.channel)
    );
    expect(json.budget!.recommended.total).toBeCloseTo(budget.totalRecommended, 9);
    expect(json.budget!.expected_change.value).toBe(budget.expectedChange);
    expect(json.budget!.expected_change.ci90).toEqual([
      budget.expectedChangeInterval!.lower,
      budget.expectedChangeInterval!.upper,
    ]);
  });

  it("writes the plan net of induced google spend: the change with its interval, sides and lines", () => {
    const budget = run.budget!;
    const out = json.budget!;
    expect(out.induced_spend_as_cost).toBe(budget.inducedSpendAsCost);
    expect(out.expected_net_change.value).toBe(budget.expectedNetChange);
    expect(out.expected_net_change.ci90).toEqual([
      budget.expectedNetChangeInterval!.lower,
      budget.expectedNetChangeInterval!.upper,
    ]);
    expect(out.current.induced_spend).toBe(budget.inducedCurrent);
    expect(out.recommended.net_incremental_revenue).toBe(budget.netIncrementalRecommended);
    budget.channels.forEach((line, i) => {
      expect(out.channels[i]).toMatchObject({
        current_induced_spend: line.currentInducedSpend,
        recommended_induced_spend: line.recommendedInducedSpend,
        current_net_revenue: line.currentNetRevenue,
        recommended_net_revenue: line.recommendedNetRevenue,
      });
    });
  });

  it("survives a JSON round trip with plain arrays (no typed arrays as objects)", () => {
    const back = JSON.parse(JSON.stringify(json)) as ResultsJson;
    expect(Array.isArray(back.prediction_band!.lower)).toBe(true);
    expect(back.prediction_band!.lower).toHaveLength(fit.dataset.weeks.length);
    expect(back.diagnostics!.stage2!.residual_checks.length).toBeGreaterThan(0);
    expect(back.sensitivity!.grid.scenarios).toHaveLength(18);
    expect(back.uncertainty!.replicates).toBe(10);
    expect(back.uncertainty!.tuning).toBe(run.intervals!.tuning);
  });

  it("writes the test-plan table, best test first", () => {
    const plan = json.test_plan!;
    expect(plan.map((row) => row.channel).sort()).toEqual([...fit.result.roles.social].sort());
    const stakes = plan.map((row) => row.revenue_at_stake!);
    expect([...stakes].sort((a, b) => b - a)).toEqual(stakes);
    expect(plan[0]!.expected_lift).toBe(run.testPlan![0]!.expectedLift);
    expect(plan[0]!.weeks).toBe(8);
  });

  it("writes the placebo section when the run has one", () => {
    const placebo = {
      sourceChannel: "tiktok_spend",
      placeboChannel: "placebo_tiktok_spend",
      shiftWeeks: 52,
      total: 120,
      roas: 0.05,
      totalInterval: { lower: -40, upper: 300 },
      roasInterval: { lower: -0.02, upper: 0.12 },
      realMedianRoas: 2,
      level: 0.9,
      replicates: 50,
      failed: 1,
      check: { id: "placebo", label: "Placebo", status: "pass" as const, message: "fine" },
      method: "shifted",
    };
    const out = resultsJson({ ...run, placebo });
    expect(out.placebo!.ci90).toEqual({ total: [-40, 300], roas: [-0.02, 0.12] });
    expect(out.placebo!.source_channel).toBe("tiktok_spend");
    expect(out.placebo!.check.status).toBe("pass");
    expect(json).not.toHaveProperty("placebo");
  });

  it("carries the run's one warnings list and leaves out the sections of skipped steps", () => {
    const skipped: MmmRun = {
      ...run,
      intervals: null,
      diagnostics: null,
      sensitivity: null,
      budget: null,
      testPlan: null,
      skipped: [{ step: "budget", reason: "no spend" }],
      notes: ["The budget plan was skipped: no spend"],
      warnings: ["The budget plan was skipped: no spend"],
    };
    const out = resultsJson(skipped);
    for (const key of [
      "uncertainty",
      "prediction_band",
      "diagnostics",
      "placebo",
      "test_plan",
      "sensitivity",
      "budget",
    ]) {
      expect(out).not.toHaveProperty(key);
    }
    expect(channel(out.effects, "tiktok_spend").ci90).toBeUndefined();
    expect(out.warnings).toEqual(["The budget plan was skipped: no spend"]);
    expect(out.skipped).toEqual([{ step: "budget", reason: "no spend" }]);
    expect(json.warnings).toEqual(run.warnings);
  });
});
