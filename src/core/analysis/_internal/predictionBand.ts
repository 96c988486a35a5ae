import type { RandomSource } from "../../random/createRandom";
import { percentileInterval } from "../../uncertainty/percentileInterval";
import type { PredictionBand } from "../types";

/** Forward and back transforms of the outcome's fitted scale. */
export interface OutcomeScale {
  readonly forward: (value: number) => number;
  readonly back: (value: number) => number;
}

/** log1p scale for the multiplicative form, identity for the additive. */
export function outcomeScale(targetTransform: "identity" | "log1p"): OutcomeScale {
  return targetTransform === "log1p"
    ? { forward: (value) => Math.log1p(Math.max(value, 0)), back: Math.expm1 }
    : { forward: (value) => value, back: (value) => value };
}

/**
 * One replicate's simulated revenue path: its refitted values plus a residual drawn at random (with replacement)
 * from the reported fit's residuals, added on the outcome's fitted scale (so multiplicative noise stays
 * multiplicative).
 */
export function noisyPath(
  fitted: Float64Array,
  residuals: Float64Array,
  scale: OutcomeScale,
  random: RandomSource
): Float64Array {
  return fitted.map((value) => {
    const draw = residuals[Math.floor(random() * residuals.length)] as number;
    return scale.back(scale.forward(value) + draw);
  });
}

/**
 * Weekly percentile band over the replicates' noisy paths, and its coverage of the actual series.
 *
 * @param paths - `[replicates][periods]`
 */
export function predictionBand(
  weeks: readonly string[],
  actual: Float64Array,
  fitted: Float64Array,
  paths: readonly Float64Array[],
  level: number
): PredictionBand {
  const n = actual.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  let inside = 0;
  const column = new Float64Array(paths.length);
  for (let t = 0; t < n; t++) {
    paths.forEach((path, b) => (column[b] = path[t] as number));
    const [low, high] = paths.length > 0 ? percentileInterval(column, level) : [NaN, NaN];
    lower[t] = low;
    upper[t] = high;
    const value = actual[t] as number;
    if (value >= low && value <= high) inside++;
  }
  return { weeks, actual, fitted, lower, upper, coverage: n > 0 ? inside / n : NaN };
}
