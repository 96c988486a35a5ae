import type { Series, SeriesLike } from "../../types";
import { LOGISTIC_STEEPNESS_BOUND } from "../constants";
import { checkParameter } from "../parameterBound";
import { checkNonNegative } from "../_internal/checkNonNegative";

/** Parameters of logistic saturation. */
export interface LogisticSaturationParams {
  /** How fast the curve bends (λ in pymc-marketing), per input unit, > 0. */
  readonly steepness: number;
}

/**
 * Logistic saturation: (1 − e^{−λx}) / (1 + e^{−λx}), 0 at x = 0, concave, approaching 1.
 *
 * This is pymc-marketing's `logistic_saturation` (equal to tanh(λx/2)); λ is per input unit, so scale the input
 * (e.g. by its mean) before choosing λ. O(n).
 *
 * @param values - non-negative input, usually adstocked weekly spend: `[periods]`
 * @param params - steepness > 0 per input unit
 * @returns response share in [0, 1): `[periods]`
 * @throws {InvalidParameterError} when steepness is out of range or an input value is negative or NaN
 * @example
 * logisticSaturation([0, 1], { steepness: 2 }); // => Float64Array [0, 0.7615…]
 * @see pymc-marketing `mmm/transformers.py`, `logistic_saturation`
 */
export function logisticSaturation(values: SeriesLike, params: LogisticSaturationParams): Series {
  const { steepness } = params;
  checkParameter("steepness", steepness, LOGISTIC_STEEPNESS_BOUND);
  checkNonNegative(values, "Logistic saturation");
  const n = values.length;
  const out = new Float64Array(n);
  // tanh avoids the 1 − e^{−λx} cancellation for small λx.
  for (let t = 0; t < n; t++) out[t] = Math.tanh((steepness * (values[t] as number)) / 2);
  return out;
}
