import { CancelledError } from "../errors";
import { fitModel } from "../model/fitModel";
import type { FitHooks, FitOptions, MmmResult } from "../model/types";
import type { Dataset } from "../types";
import { effectWarnings } from "./_internal/effectWarnings";
import { compareVariants } from "./compareVariants";
import { counterfactualEffects } from "./counterfactualEffects";
import { decomposeContributions } from "./decomposeContributions";
import { priceElasticity, promotionLift } from "./priceAndPromotion";

/**
 * Fits the mediation-aware marketing mix model (`fitModel`: search, fit, metrics) and derives its causal effects
 * (total, direct, indirect through the mediator) by counterfactual simulation through both stages, for the observed
 * and the cross-fitted mediator, its price elasticity and promotion lift, and its weekly contributions.
 *
 * @param dataset - validated weekly data (from `toDataset`)
 * @param options - see `FitOptions` (all optional)
 * @param hooks - onProgress(stage, done, total) and a cancel signal checked between search steps
 * @returns metrics, effects of both variants, hyperparameters, coefficients, series, contributions, warnings, model
 * @throws {InvalidParameterError} when an option is out of range or the data are too short to validate
 * @throws {CancelledError} when `hooks.signal.aborted` becomes true
 * @example
 * const result = await fitMmm(dataset, { fitTime: "2026-01-05T10:00:00Z" });
 * result.effects.channels[0].roas; // => 2.1
 * @see Jin et al. (2017) for adstock/Hill; Imai, Keele & Tingley (2010) for mediation.
 */
export async function fitMmm(
  dataset: Dataset,
  options: FitOptions = {},
  hooks: FitHooks = {}
): Promise<MmmResult> {
  const fit = await fitModel(dataset, options, hooks);
  if (hooks.signal?.aborted) throw new CancelledError();
  hooks.onProgress?.("effects", 0, 1);
  const { observed, predicted, columns, predictedColumns } = fit.variants;
  const resolved = fit.options;
  const observedEffects = counterfactualEffects(observed, columns, "observed");
  const predictedEffects =
    predicted && predictedColumns
      ? counterfactualEffects(predicted, predictedColumns, "predicted")
      : null;
  const warnings = [
    ...fit.warnings,
    ...effectWarnings(observedEffects),
    ...(predictedEffects
      ? compareVariants(observedEffects, predictedEffects, {
          threshold: resolved.variantDisagreement,
        })
      : []),
  ];
  return {
    data: fit.data,
    roles: fit.roles,
    form: fit.form,
    formScores: fit.formScores,
    metrics: fit.metrics,
    effects: observedEffects,
    variants: {
      observed: { effects: observedEffects },
      predicted:
        predictedEffects && predicted ? { effects: predictedEffects, model: predicted } : null,
    },
    elasticity: priceElasticity(observed, columns, resolved.priceColumn),
    promoLift: promotionLift(observed, columns, resolved.promotionColumn),
    hyperparameters: fit.hyperparameters,
    search: fit.search,
    coefficients: fit.coefficients,
    series: fit.series,
    // "Mean" references average the weeks the reported model was fitted on.
    contributions: decomposeContributions(observed, columns, {
      contributionBase: resolved.contributionBase,
      ...(fit.referenceWeeks ? { referenceWeeks: fit.referenceWeeks } : {}),
    }),
    warnings,
    options: resolved,
    model: observed,
    ...(fit.calibration ? { calibration: fit.calibration } : {}),
  };
}
