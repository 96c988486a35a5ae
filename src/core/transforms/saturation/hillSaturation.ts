import type { Series, SeriesLike } from "../../types";
import { HALF_SATURATION_BOUND, HILL_SHAPE_BOUND } from "../constants";
import { checkParameter } from "../parameterBound";
import { checkNonNegative } from "../_internal/checkNonNegative";

/** Parameters of the Hill saturation curve. */
export interface HillSaturationParams {
  /** Input level at which half the maximum response is reached (k, Robyn's γ after rescaling), same units as the input, > 0. */
  readonly halfSaturation: number;
  /** Steepness (s, Robyn's α), > 0: below 1 concave from the start, above 1 S-shaped. */
  readonly shape: number;
}

/**
 * Hill saturation: diminishing returns, x^s / (x^s + k^s), rising from 0 at x = 0 towards 1.
 *
 * Computed as 1 / (1 + (k/x)^s), which neither overflows for large x nor loses precision for small x. Unlike
 * Robyn's `saturation_hill`, `halfSaturation` is in input units (Robyn rescales its γ by the input's range). O(n).
 *
 * @param values - non-negative input, usually adstocked weekly spend: `[periods]`
 * @param params - halfSaturation > 0 (input units), shape > 0
 * @returns response share in [0, 1): `[periods]`
 * @throws {InvalidParameterError} when a parameter is out of range or an input value is negative or NaN
 * @example
 * hillSaturation([0, 50, 100], { halfSaturation: 50, shape: 2 }); // => Float64Array [0, 0.5, 0.8]
 * @see Jin et al. (2017), Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects, eq. 4
 */
export function hillSaturation(values: SeriesLike, params: HillSaturationParams): Series {
  const { halfSaturation, shape } = params;
  checkParameter("halfSaturation", halfSaturation, HALF_SATURATION_BOUND);
  checkParameter("shape", shape, HILL_SHAPE_BOUND);
  checkNonNegative(values, "Hill saturation");
  const n = values.length;
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const x = values[t] as number;
    out[t] = x === 0 ? 0 : 1 / (1 + Math.pow(halfSaturation / x, shape));
  }
  return out;
}
