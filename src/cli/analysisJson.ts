import type { DiagnosticCheck } from "../core/diagnostics/checkStatus";
import type {
  BudgetPlan,
  FitDiagnostics,
  Interval,
  Intervals,
  Sensitivity,
  StageDiagnostics,
  VariantIntervals,
} from "../core/analysis/types";
import type { ForecastScore } from "../core/model/types";

/** `[lower, upper]` as results.json writes an interval (null when there is none). */
type IntervalJson = readonly [number, number] | null;

const pair = (interval: Interval | null | undefined): IntervalJson =>
  interval ? [interval.lower, interval.upper] : null;

/** Float64Array → plain array (JSON.stringify would write a typed array as an object). */
const list = (values: ArrayLike<number>): number[] => Array.from(values);

function effectsCi(variant: VariantIntervals): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of variant.channels) {
    out[c.channel] = {
      ci90: {
        total: pair(c.total),
        direct: pair(c.direct),
        indirect: pair(c.indirect),
        roas: pair(c.roas),
        share_mediated: pair(c.shareMediated),
      },
    };
  }
  if (variant.mediator) {
    out[variant.mediator.channel] = {
      ci90: { total: pair(variant.mediator.total), roas: pair(variant.mediator.roas) },
    };
  }
  return out;
}

function score(s: ForecastScore | null): unknown {
  if (s === null) return null;
  return { r2: s.r2, rmse: s.rmse, mae: s.mae, mape: s.mape, nrmse: s.nrmse, n: s.n };
}

function check(c: DiagnosticCheck): unknown {
  return {
    id: c.id,
    label: c.label,
    status: c.status,
    statistic: c.statistic ?? null,
    p_value: c.pValue ?? null,
    message: c.message,
  };
}

function stageJson(stage: StageDiagnostics): unknown {
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

function diagnosticsJson(diagnostics: FitDiagnostics): unknown {
  const stages: Record<string, unknown> = {};
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

function sensitivityJson(sensitivity: Sensitivity): unknown {
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

function budgetJson(budget: BudgetPlan): unknown {
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
    current: {
      spend: spend("current"),
      total: budget.totalCurrent,
      incremental_revenue: budget.incrementalCurrent,
      predicted_revenue: budget.revenueCurrent,
    },
    recommended: {
      spend: spend("recommended"),
      total: budget.totalRecommended,
      incremental_revenue: budget.incrementalRecommended,
      predicted_revenue: budget.revenueRecommended,
    },
    mediator: budget.mediator,
    expected_change: { value: budget.expectedChange, ci90: pair(budget.expectedChangeInterval) },
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

/**
 * The analysis sections of results.json: interval fields placed under the same keys as the fit's own fields
 * (`effects.<channel>.ci90`, `variants.predicted.effects.<channel>.ci90`, `elasticity.ci90`, `promo_lift.ci90`),
 * plus `uncertainty`, `prediction_band`, `diagnostics`, `sensitivity` and `budget` (the run's warnings are `MmmRun.warnings`).
 * Combine with `toResultsJson(result)` by a DEEP merge ({@link mergeResultsJson}), so `effects.tiktok_spend` keeps
 * `total`, `roas`, … and gains `ci90`. Intervals are `[lower, upper]`; a step given as null is left out.
 *
 * @param intervals - bootstrapIntervals' result, or null
 * @param diagnostics - diagnoseFit's result, or null
 * @param sensitivity - sensitivityAnalysis' result, or null
 * @param budget - planBudget's result, or null
 * @returns a JSON-ready object (plain arrays, no typed arrays)
 * @example
 * mergeResultsJson(toResultsJson(result), analysisJson(intervals, diagnostics, sensitivity, budget));
 * // => { ..., effects: { tiktok_spend: { total: 1.2e5, ci90: { total: [9.1e4, 1.8e5], … } } }, budget: { … } }
 */
export function analysisJson(
  intervals: Intervals | null,
  diagnostics: FitDiagnostics | null,
  sensitivity: Sensitivity | null,
  budget: BudgetPlan | null
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (intervals) {
    out.effects = effectsCi(intervals.observed);
    if (intervals.predicted)
      out.variants = { predicted: { effects: effectsCi(intervals.predicted) } };
    out.elasticity = { ci90: pair(intervals.elasticity) };
    out.promo_lift = {
      ci90: pair(intervals.promoLift.value),
      revenue_per_promo_week_ci90: pair(intervals.promoLift.revenuePerPromoWeek),
    };
    out.uncertainty = {
      method: intervals.method,
      tuning: intervals.tuning,
      level: intervals.level,
      replicates: intervals.replicates,
      failed: intervals.failed,
      block_length: intervals.blockLength,
      seed: intervals.seed,
    };
    const band = intervals.predictionBand;
    out.prediction_band = {
      level: intervals.level,
      weeks: band.weeks,
      actual: list(band.actual),
      fitted: list(band.fitted),
      lower: list(band.lower),
      upper: list(band.upper),
      coverage: band.coverage,
    };
  }
  if (diagnostics) {
    out.diagnostics = diagnosticsJson(diagnostics);
  }
  if (sensitivity) out.sensitivity = sensitivityJson(sensitivity);
  if (budget) {
    out.budget = budgetJson(budget);
  }
  return out;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Deep merge of two JSON objects: nested plain objects are merged key by key, anything else (numbers, arrays,
 * null) in `extra` replaces the value in `base`. Neither input is changed.
 *
 * @param base - e.g. `toResultsJson(result)`
 * @param extra - e.g. `analysisJson(...)`
 * @returns a new merged object
 * @example
 * mergeResultsJson({ effects: { a: { total: 1 } } }, { effects: { a: { ci90: { total: [0, 2] } } } });
 * // => { effects: { a: { total: 1, ci90: { total: [0, 2] } } } }
 */
export function mergeResultsJson(
  base: Readonly<Record<string, unknown>>,
  extra: Readonly<Record<string, unknown>>
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      isPlainObject(current) && isPlainObject(value) ? mergeResultsJson(current, value) : value;
  }
  return out;
}
