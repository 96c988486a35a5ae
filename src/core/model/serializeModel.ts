import type { FittedModel } from "./types";

/**
 * Writes a fitted model as versioned JSON (schema "mmm-model/1"): stages with their feature specs, coefficients
 * and scales, hyperparameters, roles, data range, last controls and the last weeks of history.
 *
 * @param model - a model from `fitMmm` (`result.model`) or `parseModel`
 * @returns JSON text that `parseModel` reads back to an identical model
 * @example
 * parseModel(serializeModel(result.model)).form; // => "multiplicative"
 * @see https://www.json.org/
 */
export function serializeModel(model: FittedModel): string {
  return JSON.stringify(model);
}
