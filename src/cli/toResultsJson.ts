import type { Effects, ForecastScore, MmmResult, StageMetrics } from "../core/model/types";

/** Metrics as results.json writes them (snake_case, fractions not percent). */
export interface ScoreJson {
  readonly r2: number;
  readonly rmse: number;
  readonly mae: number;
  readonly mape: number;
  readonly mape_skipped: number;
  readonly smape: number;
  readonly nrmse: number;
  readonly wape: number;
  readonly n: number;
}

/** Extra sections added by later steps (bootstrap intervals, diagnostics, sensitivity, budget). */
export type ResultsExtras = Readonly<Record<string, unknown>>;

function score(s: ForecastScore): ScoreJson {
  return {
    r2: s.r2,
    rmse: s.rmse,
    mae: s.mae,
    mape: s.mape,
    mape_skipped: s.mapeSkipped,
    smape: s.smape,
    nrmse: s.nrmse,
    wape: s.wape,
    n: s.n,
  };
}

function stageMetrics(m: StageMetrics | null): unknown {
  if (m === null) return null;
  return {
    train: score(m.train),
    cv: { ...score(m.cv.mean), folds: m.cv.folds.map(score) },
    holdout: m.holdout === null ? null : score(m.holdout),
  };
}

/** Effects keyed by column, as results.json writes them. */
export function effectsJson(effects: Effects): Record<string, Record<string, number | null>> {
  const out: Record<string, Record<string, number | null>> = {};
  for (const e of effects.channels) {
    out[e.channel] = {
      spend: e.spend,
      total: e.total,
      direct: e.direct,
      indirect: e.indirect,
      share_mediated: e.shareMediated,
      roas: e.roas,
      roas_mediated: e.roasMediated,
    };
  }
  if (effects.mediator !== null) {
    const m = effects.mediator;
    out[m.channel] = { spend: m.spend, total: m.total, roas: m.roas };
  }
  return out;
}

/**
 * Builds results.json (schema "mmm-result/1") from a fit: the field names the issue fixes, plus more.
 * `extras` are merged in last, so later steps (intervals, budget, diagnostics) extend it without changing it.
 */
export function toResultsJson(
  result: MmmResult,
  extras: ResultsExtras = {}
): Record<string, unknown> {
  return {
    schema: "mmm-result/1",
    data: {
      weeks: result.data.weeks,
      start: result.data.start,
      end: result.data.end,
      holdout_start: result.data.holdoutStart,
      train_weeks: result.data.trainWeeks,
    },
    roles: result.roles,
    form: result.form,
    form_scores: result.formScores,
    metrics: {
      stage1: stageMetrics(result.metrics.stage1),
      stage2: stageMetrics(result.metrics.stage2),
    },
    effects: effectsJson(result.effects),
    elasticity: { column: result.elasticity.column, value: result.elasticity.value },
    promo_lift: {
      column: result.promoLift.column,
      value: result.promoLift.value,
      revenue_per_promo_week: result.promoLift.revenuePerPromoWeek,
    },
    mediator_variant: result.effects.variant,
    variants:
      result.variants.predicted === null
        ? {}
        : { predicted: { effects: effectsJson(result.variants.predicted.effects) } },
    hyperparameters: result.hyperparameters,
    search: {
      cv_folds: result.search.cvFolds,
      shape_prior_standard_errors: result.search.shapePriorStandardErrors,
    },
    coefficients: result.coefficients,
    options: result.options,
    warnings: [...result.warnings],
    ...extras,
  };
}
