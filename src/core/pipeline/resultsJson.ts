import type { DiagnosticCheck } from "../diagnostics/checkStatus";
import type {
  BudgetPlan,
  FitDiagnostics,
  Interval,
  PlaceboResult,
  Sensitivity,
  StageDiagnostics,
  VariantIntervals,
} from "../analysis/types";
import type { ForecastScore } from "../model/types";
import { fitJson } from "./fitJson";
import type {
  BudgetJson,
  CheckJson,
  DiagnosticsJson,
  EffectsJson,
  HealthFindingJson,
  HealthJson,
  IntervalJson,
  PlaceboJson,
  ResultsJson,
  SensitivityJson,
  ShortScoreJson,
  StageDiagnosticsJson,
} from "./resultsJsonTypes";
import type { MmmRun } from "./types";
import type { HealthFinding, HealthVerdict } from "../health/types";

const pair = (interval: Interval | null | undefined): IntervalJson =>
  interval ? [interval.lower, interval.upper] : null;

/** Float64Array → plain array (JSON.stringify would write a typed array as an object). */
const list = (values: ArrayLike<number>): number[] => Array.from(values);

type CiJson = NonNullable<EffectsJson[string]["ci90"]>;

function effectsCi(variant: VariantIntervals): Record<string, CiJson> {
  const out: Record<string, CiJson> = {};
  for (const c of variant.channels) {
    out[c.channel] = {
      total: pair(c.total),
      direct: pair(c.direct),
      indirect: pair(c.indirect),
      roas: pair(c.roas),
      share_mediated: pair(c.shareMediated),
      induced_mediator_spend: pair(c.inducedMediatorSpend),
      net_roas: pair(c.netRoas),
    };
  }
  if (variant.mediator) {
    out[variant.mediator.channel] = {
      total: pair(variant.mediator.total),
      roas: pair(variant.mediator.roas),
    };
  }
  return out;
}

function score(s: ForecastScore | null): ShortScoreJson | null {
  if (s === null) return null;
  return { r2: s.r2, rmse: s.rmse, mae: s.mae, mape: s.mape, nrmse: s.nrmse, n: s.n };
}

function check(c: DiagnosticCheck): CheckJson {
  return {
    id: c.id,
    label: c.label,
    status: c.status,
    statistic: c.statistic ?? null,
    p_value: c.pValue ?? null,
    message: c.message,
  };
}

function stageJson(stage: StageDiagnostics): StageDiagnosticsJson {
  return {
    scores: {
      train: score(stage.scores.train),
      cv: { mean: score(stage.scores.cvMean), sd: stage.scores.cvSd },
      holdout: score(stage.scores.holdout),
    },
    residual_checks: stage.residualChecks.map(check),
    vif: stage.vif.map((v) => ({ name: v.name, vif: v.vif })),
    stability:
      stage.stability === null
        ? null
        : {
            windows: stage.stability.windows.map((w) => ({
              start: w.startIndex,
              end: w.endIndex,
              r2: w.r2,
              coefficients: w.coefficients,
            })),
            coefficients: stage.stability.coefficients.map((c) => ({
              name: c.name,
              mean: c.mean,
              sd: c.sd,
              min: c.min,
              max: c.max,
              sign_changes: c.signChanges,
            })),
            checks: stage.stabilityChecks.map(check),
          },
  };
}

function diagnosticsJson(diagnostics: FitDiagnostics): DiagnosticsJson {
  const stages: { stage1?: StageDiagnosticsJson; stage2?: StageDiagnosticsJson } = {};
  for (const stage of diagnostics.stages) {
    stages[stage.stage === "mediator" ? "stage1" : "stage2"] = stageJson(stage);
  }
  const nonLinear = diagnostics.nonLinear;
  return {
    ...stages,
    non_linear:
      nonLinear === null
        ? null
        : {
            baseline_rmse: nonLinear.baselineRmse,
            forest_rmse: nonLinear.forestRmse,
            improvement: nonLinear.improvement,
            threshold: nonLinear.threshold,
            features: nonLinear.features,
            check: check(nonLinear.check),
          },
    warnings: diagnostics.warnings,
  };
}

function placeboJson(placebo: PlaceboResult): PlaceboJson {
  return {
    source_channel: placebo.sourceChannel,
    placebo_channel: placebo.placeboChannel,
    shift_weeks: placebo.shiftWeeks,
    total: placebo.total,
    roas: placebo.roas,
    ci90: { total: pair(placebo.totalInterval), roas: pair(placebo.roasInterval) },
    real_median_roas: placebo.realMedianRoas,
    level: placebo.level,
    replicates: placebo.replicates,
    failed: placebo.failed,
    check: check(placebo.check),
    method: placebo.method,
  };
}

function sensitivityJson(sensitivity: Sensitivity): SensitivityJson {
  const grid = sensitivity.grid;
  return {
    elasticity: {
      value: sensitivity.elasticity.value,
      ci90: pair(sensitivity.elasticity.interval),
    },
    promo_lift: {
      value: sensitivity.promoLift.value,
      ci90: pair(sensitivity.promoLift.interval),
      revenue_per_promo_week: sensitivity.promoLift.revenuePerPromoWeek,
      revenue_per_promo_week_ci90: pair(sensitivity.promoLift.revenuePerPromoWeekInterval),
    },
    grid: {
      window_weeks: grid.windowWeeks,
      price_column: grid.priceColumn,
      promotion_column: grid.promotionColumn,
      baseline_revenue: grid.baselineRevenue,
      scenarios: grid.scenarios.map((s) => ({
        price_change: s.priceChange,
        promotions: s.promotions,
        revenue: s.revenue,
        change: s.change,
        change_share: s.changeShare,
      })),
    },
  };
}

function budgetJson(budget: BudgetPlan): BudgetJson {
  const spend = (pick: "current" | "recommended") =>
    Object.fromEntries(budget.channels.map((line) => [line.channel, line[pick]]));
  return {
    window: {
      current_spend_weeks: budget.window.currentSpendWeeks,
      horizon_weeks: budget.window.horizonWeeks,
      mediator: budget.window.mediator,
      mediator_treatment: budget.window.mediatorTreatment,
      statement: budget.window.statement,
    },
    induced_spend_as_cost: budget.inducedSpendAsCost,
    current: {
      spend: spend("current"),
      total: budget.totalCurrent,
      incremental_revenue: budget.incrementalCurrent,
      induced_spend: budget.inducedCurrent,
      net_incremental_revenue: budget.netIncrementalCurrent,
      predicted_revenue: budget.revenueCurrent,
    },
    recommended: {
      spend: spend("recommended"),
      total: budget.totalRecommended,
      incremental_revenue: budget.incrementalRecommended,
      induced_spend: budget.inducedRecommended,
      net_incremental_revenue: budget.netIncrementalRecommended,
      predicted_revenue: budget.revenueRecommended,
    },
    mediator: budget.mediator,
    expected_change: { value: budget.expectedChange, ci90: pair(budget.expectedChangeInterval) },
    expected_net_change: {
      value: budget.expectedNetChange,
      ci90: pair(budget.expectedNetChangeInterval),
    },
    marginal_roas_target: budget.marginalRoasTarget,
    converged: budget.converged,
    channels: budget.channels.map((line) => ({
      channel: line.channel,
      current: line.current,
      recommended: line.recommended,
      min: line.min,
      max: line.max,
      current_revenue: line.currentRevenue,
      recommended_revenue: line.recommendedRevenue,
      current_induced_spend: line.currentInducedSpend,
      recommended_induced_spend: line.recommendedInducedSpend,
      current_net_revenue: line.currentNetRevenue,
      recommended_net_revenue: line.recommendedNetRevenue,
      marginal_roas: line.marginalRoas,
      bound: line.bound,
      curve: line.curve.map((p) => ({
        spend: p.spend,
        revenue: p.revenue,
        marginal_roas: p.marginalRoas,
      })),
    })),
    warnings: budget.warnings,
  };
}

function findingJson(f: HealthFinding): HealthFindingJson {
  return {
    id: f.id,
    kind: f.kind,
    status: f.status,
    title: f.title,
    finding: f.finding,
    recommendation: f.recommendation,
    columns: f.columns,
    weeks: f.weeks,
    points: f.points,
  };
}

function healthJson(health: HealthVerdict): HealthJson {
  const h = health.holdout;
  return {
    status: health.status,
    score: health.score,
    summary: health.summary,
    drivers: health.drivers.map(findingJson),
    findings: health.findings.map(findingJson),
    holdout_vs_naive:
      h === null
        ? null
        : {
            holdout_weeks: h.holdoutWeeks,
            model_wape: h.modelWape,
            naive_wape: h.naiveWape,
            ratio: h.ratio,
            seasonal_weeks: h.seasonalWeeks,
          },
  };
}

/** Adds each channel's ci90 to its effects entry (a new object; the input is not changed). */
function withIntervals(effects: EffectsJson, intervals: Record<string, CiJson>): EffectsJson {
  const out: Record<string, EffectsJson[string]> = {};
  for (const [channel, effect] of Object.entries(effects)) {
    const ci90 = intervals[channel];
    out[channel] = ci90 === undefined ? effect : ({ ...effect, ci90 } as EffectsJson[string]);
  }
  return out;
}

/**
 * results.json (schema "mmm-result/1") of one run: the fit's sections, each effect with its 90% interval
 * (`effects.<channel>.ci90`, `variants.predicted.effects.<channel>.ci90`, `elasticity.ci90`, `promo_lift.ci90`), then
 * `uncertainty`, `prediction_band`, `diagnostics`, `placebo`, `sensitivity` and `budget` for the steps the run completed, the
 * run's one `warnings` list and the `skipped` steps. Intervals are `[lower, upper]`.
 *
 * @param run - the pipeline's result
 * @returns a JSON-ready object (plain arrays, no typed arrays); write it with a replacer mapping NaN to null
 * @example
 * resultsJson(run).effects.tiktok_spend; // => { total: 1.2e5, …, ci90: { total: [9.1e4, 1.8e5], … } }
 */
export function resultsJson(run: MmmRun): ResultsJson {
  const { intervals, diagnostics, placebo, sensitivity, budget } = run;
  const fit = fitJson(run.result);
  const band = intervals?.predictionBand;
  const predicted = fit.variants.predicted;
  return {
    ...fit,
    effects: intervals ? withIntervals(fit.effects, effectsCi(intervals.observed)) : fit.effects,
    variants:
      predicted && intervals?.predicted
        ? {
            predicted: {
              effects: withIntervals(predicted.effects, effectsCi(intervals.predicted)),
            },
          }
        : fit.variants,
    elasticity: intervals
      ? { ...fit.elasticity, ci90: pair(intervals.elasticity) }
      : fit.elasticity,
    promo_lift: intervals
      ? {
          ...fit.promo_lift,
          ci90: pair(intervals.promoLift.value),
          revenue_per_promo_week_ci90: pair(intervals.promoLift.revenuePerPromoWeek),
        }
      : fit.promo_lift,
    warnings: [...run.warnings],
    skipped: run.skipped.map((s) => ({ step: s.step, reason: s.reason })),
    seed: run.settings.seed,
    data_checks: run.dataChecks.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      title: c.title,
      finding: c.finding,
      recommendation: c.recommendation,
      columns: c.columns,
      weeks: c.weeks,
      value: c.value,
    })),
    held_channels: run.heldChannels,
    ...(run.health ? { health: healthJson(run.health) } : {}),
    ...(intervals && band
      ? {
          uncertainty: {
            method: intervals.method,
            tuning: intervals.tuning,
            level: intervals.level,
            replicates: intervals.replicates,
            failed: intervals.failed,
            block_length: intervals.blockLength,
            seed: intervals.seed,
          },
          prediction_band: {
            level: intervals.level,
            weeks: band.weeks,
            actual: list(band.actual),
            fitted: list(band.fitted),
            lower: list(band.lower),
            upper: list(band.upper),
            coverage: band.coverage,
          },
        }
      : {}),
    ...(diagnostics ? { diagnostics: diagnosticsJson(diagnostics) } : {}),
    ...(placebo ? { placebo: placeboJson(placebo) } : {}),
    ...(run.testPlan
      ? {
          test_plan: run.testPlan.map((row) => ({
            channel: row.channel,
            change: row.change,
            weeks: row.weeks,
            weekly_spend: row.weeklySpend,
            expected_lift: row.expectedLift,
            standard_error: row.standardError,
            relative_se: Number.isFinite(row.relativeSe) ? row.relativeSe : null,
            weeks_needed: row.weeksNeeded,
            roas_interval_width: row.roasIntervalWidth,
            revenue_at_stake: row.revenueAtStake,
          })),
        }
      : {}),
    ...(sensitivity ? { sensitivity: sensitivityJson(sensitivity) } : {}),
    ...(budget ? { budget: budgetJson(budget) } : {}),
  };
}
