import type { Series, SeriesLike } from "../../types";
import { DECAY_BOUND, MAX_LAG_BOUND } from "../constants";
import { checkParameter } from "../parameterBound";

/** Parameters of geometric adstock. */
export interface GeometricAdstockParams {
  /** Share of a week's effect carried into the next week (α in Jin et al. 2017), in [0, 1). */
  readonly decay: number;
  /**
   * Weeks of carry-over kept after the spend week; `Infinity` keeps all (the recursive form).
   * @defaultValue Infinity
   */
  readonly maxLag?: number;
  /**
   * Scale the weights so they sum to 1, keeping total spend unchanged (apart from the window's edges).
   * @defaultValue false
   */
  readonly normalize?: boolean;
}

/**
 * Geometric adstock: carry-over of spend into later weeks with weights decay^l.
 *
 * out[t] = Σ_{l=0..maxLag} decay^l · x[t−l], optionally divided by Σ_l decay^l so total spend is kept.
 * O(n) for any maxLag. A finite window is summed in blocks of maxLag + 1 weeks (a forward sum inside the
 * current block plus a backward sum inside the previous one), so no term is ever subtracted: weeks past the
 * window are exactly 0 and non-negative spend never turns into a tiny negative number through cancellation.
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
  checkParameter("decay", decay, DECAY_BOUND);
  checkParameter("maxLag", maxLag, MAX_LAG_BOUND);
  const n = values.length;
  const out =
    maxLag + 1 >= n ? recursiveSum(values, decay) : windowedSum(values, decay, maxLag + 1);
  if (params.normalize) {
    const weightSum =
      maxLag === Infinity ? 1 / (1 - decay) : (1 - Math.pow(decay, maxLag + 1)) / (1 - decay);
    for (let t = 0; t < n; t++) out[t] = (out[t] as number) / weightSum;
  }
  return out;
}

/** Untruncated recursion out[t] = x[t] + decay · out[t−1]. */
function recursiveSum(values: SeriesLike, decay: number): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  let carry = 0;
  for (let t = 0; t < n; t++) {
    carry = (values[t] as number) + decay * carry;
    out[t] = carry;
  }
  return out;
}

/** Σ_{l<window} decay^l x[t−l] in O(n) without subtraction (van Herk / Gil–Werman style blocks). */
function windowedSum(values: SeriesLike, decay: number, window: number): Float64Array {
  const n = values.length;
  const powers = new Float64Array(window + 1);
  powers[0] = 1;
  for (let l = 1; l <= window; l++) powers[l] = (powers[l - 1] as number) * decay;
  // forward[t] = Σ_{j=b..t} decay^{t−j} x[j], b the start of t's block.
  const forward = new Float64Array(n);
  // backward[i] = Σ_{j=i..e} decay^{e−j} x[j], e the end of i's block.
  const backward = new Float64Array(n);
  for (let start = 0; start < n; start += window) {
    const end = Math.min(start + window, n) - 1;
    let carry = 0;
    for (let t = start; t <= end; t++) {
      carry = (values[t] as number) + decay * carry;
      forward[t] = carry;
    }
    let tail = 0;
    for (let i = end; i >= start; i--) {
      tail += (powers[end - i] as number) * (values[i] as number);
      backward[i] = tail;
    }
  }
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const blockStart = t - (t % window);
    const windowStart = t - window + 1;
    let sum = forward[t] as number;
    if (blockStart > 0 && windowStart < blockStart) {
      // Weeks windowStart..blockStart−1 sit at the end of the previous block.
      sum += (powers[t - blockStart + 1] as number) * (backward[windowStart] as number);
    }
    out[t] = sum;
  }
  return out;
}
