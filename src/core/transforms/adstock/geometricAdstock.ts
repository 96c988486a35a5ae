import { InvalidParameterError } from "../../errors";
import type { Series, SeriesLike } from "../../types";

/** Parameters of geometric adstock. */
export interface GeometricAdstockParams {
  /** Share of a week's effect carried into the next week (α in Jin et al. 2017), in [0, 1). */
  readonly decay: number;
  /** Weeks of carry-over kept after the spend week; `Infinity` keeps all (the recursive form). */
  readonly maxLag?: number;
  /** Scale the weights so they sum to 1, keeping total spend unchanged. */
  readonly normalize?: boolean;
}

/**
 * Geometric adstock: carry-over of spend into later weeks with weights decay^l.
 *
 * out[t] = Σ_{l=0..maxLag} decay^l · x[t−l], optionally divided by Σ_l decay^l so total spend is kept.
 * O(n) for any maxLag: the recursive sum minus the term that falls out of the window.
 *
 * @param values - weekly spend, oldest first: `[periods]`
 * @param params - decay in [0, 1), maxLag ≥ 0 (integer or Infinity), normalize
 * @returns adstocked series, `[periods]`
 * @throws {InvalidParameterError} when decay is outside [0, 1) or maxLag is negative or fractional
 * @example
 * geometricAdstock([100, 0, 0], { decay: 0.5 }); // => Float64Array [100, 50, 25]
 * @see Jin, Wang, Sun, Chan, Koehler (2017), Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects.
 */
export function geometricAdstock(values: SeriesLike, params: GeometricAdstockParams): Series {
  const { decay } = params;
  const maxLag = params.maxLag ?? Infinity;
  if (!(decay >= 0 && decay < 1)) {
    throw new InvalidParameterError(
      "decay",
      `decay must be at least 0 and below 1 (got ${decay}).`
    );
  }
  if (!(maxLag >= 0) || (Number.isFinite(maxLag) && !Number.isInteger(maxLag))) {
    throw new InvalidParameterError(
      "maxLag",
      `maxLag must be a whole number of weeks, 0 or more (got ${maxLag}).`
    );
  }
  const n = values.length;
  const out = new Float64Array(n);
  const finiteLag = Number.isFinite(maxLag) && maxLag < n;
  const dropWeight = finiteLag ? Math.pow(decay, maxLag + 1) : 0;
  let carry = 0;
  for (let t = 0; t < n; t++) {
    carry = (values[t] as number) + decay * carry;
    if (finiteLag && t > maxLag) carry -= dropWeight * (values[t - maxLag - 1] as number);
    out[t] = carry;
  }
  if (params.normalize) {
    const lags = Number.isFinite(maxLag) ? maxLag + 1 : Infinity;
    const weightSum =
      lags === Infinity ? 1 / (1 - decay) : (1 - Math.pow(decay, lags)) / (1 - decay);
    for (let t = 0; t < n; t++) out[t] = (out[t] as number) / weightSum;
  }
  return out;
}
