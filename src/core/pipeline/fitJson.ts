import type { Effects, ForecastScore, MmmResult, StageMetrics } from "../model/types";
import type {
  ChannelEffectJson,
  MediatorEffectJson,
  ResultsJson,
  ScoreJson,
  StageMetricsJson,
} from "./resultsJsonTypes";

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

function stageMetrics(m: StageMetrics | null): StageMetricsJson | null {
  if (m === null) return null;
  return {
    train: score(m.train),
    cv: { ...score(m.cv.mean), folds: m.cv.folds.map(score) },
    holdout: m.holdout === null ? null : score(m.holdout),
  };
}

/** Effects keyed by column, as results.json writes them. */
export function effectsJson(
  effects: Effects
): Record<string, ChannelEffectJson | MediatorEffectJson> {
  const out: Record<string, ChannelEffectJson | MediatorEffectJson> = {};
  for (const e of effects.channels) {
    out[e.channel] = {
      spend: e.spend,
      total: e.total,
      direct: e.direct,
      indirect: e.indirect,
      share_mediated: e.shareMediated,
      roas: e.roas,
      roas_mediated: e.roasMediated,
      induced_mediator_spend: e.inducedMediatorSpend,
      net_roas: e.netRoas,
    };
  }
  if (effects.mediator !== null) {
    const m = effects.mediator;
    out[m.channel] = { spend: m.spend, total: m.total, roas: m.roas };
  }
  return out;
}

/** The part of results.json that is the fit's own (everything but the analysis steps, warnings and seed). */
export type FitJson = Omit<
  ResultsJson,
  | "warnings"
  | "skipped"
  | "seed"
  | "data_checks"
  | "held_channels"
  | "health"
  | "uncertainty"
  | "prediction_band"
  | "diagnostics"
  | "placebo"
  | "test_plan"
  | "sensitivity"
  | "budget"
>;

/** The fit's part of results.json (schema "mmm-result/1"). */
export function fitJson(result: MmmResult): FitJson {
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
    ...(result.calibration
      ? {
          calibration: {
            method: result.calibration.method,
            iterations: result.calibration.iterations,
            shapes_changed: result.calibration.shapesChanged ?? [],
            tests: result.calibration.tests.map((entry) => ({
              channel: entry.test.channel,
              start_week: entry.test.startWeek,
              end_week: entry.test.endWeek,
              readout_end_week: entry.test.readoutEndWeek ?? null,
              path: entry.test.path,
              spend: entry.spend,
              measured_lift: entry.measured,
              standard_error: entry.standardError,
              model_lift_before: entry.before,
              model_lift_after: entry.after,
            })),
          },
        }
      : {}),
  };
}
