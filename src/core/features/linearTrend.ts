import { InvalidParameterError } from "../errors";
import type { Series } from "../types";

/**
 * A straight-line trend from 0 in the first week to 1 in the last: t / (periods − 1).
 *
 * Scaled to [0, 1] rather than counting weeks, so its coefficient reads as "change over the whole period" and
 * has the same magnitude as the other scaled columns. A single week gives [0].
 *
 * @param periods - number of weeks, a whole number ≥ 1
 * @returns the trend column: `[periods]`
 * @throws {InvalidParameterError} when periods is not a whole number ≥ 1
 * @example
 * linearTrend(3); // => Float64Array [0, 0.5, 1]
 * @see https://en.wikipedia.org/wiki/Linear_trend_estimation
 */
export function linearTrend(periods: number): Series {
  if (!(Number.isInteger(periods) && periods >= 1)) {
    throw new InvalidParameterError(
      "periods",
      `periods must be a whole number of weeks, 1 or more (got ${String(periods)}).`
    );
  }
  const out = new Float64Array(periods);
  if (periods === 1) return out;
  for (let t = 0; t < periods; t++) out[t] = t / (periods - 1);
  return out;
}
