import { refitModel } from "../model/refitModel";
import type { FitOptions, FixedFit, Hyperparameters } from "../model/types";
import type { Dataset } from "../types";
import { counterfactualEffects } from "./counterfactualEffects";
import { priceElasticity, promotionLift } from "./priceAndPromotion";

/**
 * Refits the model's coefficients with its tuned hyperparameters held fixed (no search), optionally on resampled
 * weeks, and returns the model and its effects over all weeks. The bootstrap's unit of work: cheap (a few linear
 * solves), deterministic, no CV.
 *
 * Features (adstock, lags) are built on the series in time order; only the rows entering the fit are resampled.
 *
 * @param dataset - the validated data (the same the hyperparameters were tuned on)
 * @param hyperparameters - `result.hyperparameters` of `fitMmm`
 * @param options - the same options as the tuned fit (form is taken from the hyperparameters)
 * @param rowIndices - week indices to fit on, repeats allowed (`[rows]`); default all weeks
 * @returns both variants' effects, elasticity, promotion lift and the model
 * @throws {InvalidParameterError} when a row index is outside the data or the options are invalid
 * @example
 * const refit = fitWithFixedHyperparameters(dataset, result.hyperparameters, options, movingBlockIndices(104, 8, random));
 * refit.effects.channels[0].roas; // => 1.7
 * @see Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 8 (block bootstrap of time series).
 */
export function fitWithFixedHyperparameters(
  dataset: Dataset,
  hyperparameters: Hyperparameters,
  options: FitOptions = {},
  rowIndices?: ArrayLike<number>
): FixedFit {
  const refit = refitModel(dataset, hyperparameters, options, rowIndices);
  const { observed, predicted, columns, predictedColumns } = refit.variants;
  const resolved = refit.options;
  return {
    model: observed,
    effects: counterfactualEffects(observed, columns, "observed"),
    predictedEffects:
      predicted && predictedColumns
        ? counterfactualEffects(predicted, predictedColumns, "predicted")
        : null,
    elasticity: priceElasticity(observed, columns, resolved.priceColumn),
    promoLift: promotionLift(observed, columns, resolved.promotionColumn),
    ...(refit.calibration ? { calibration: refit.calibration } : {}),
  };
}
