import { InvalidParameterError } from "../errors";
import type { Series } from "../types";

/** Options of {@link linearTrend}, for a window of a longer series. */
export interface LinearTrendOptions {
  /**
   * Weeks between the series' first week and the window's first row, so a window continues the trend of the
   * whole series (a holdout or a cross-validation fold lines up with the fit).
   * @defaultValue 0
   */
  readonly offset?: number;
  /**
   * Length of the whole series the trend rises from 0 to 1 over, in weeks.
   * @defaultValue `periods`
   */
  readonly span?: number;
}

/**
 * A straight-line trend from 0 in the first week to 1 in the last: (offset + t) / (span − 1).
 *
 * Scaled to [0, 1] rather than counting weeks, so its coefficient reads as "change over the whole period" and
 * has the same magnitude as the other scaled columns. A single week gives [0].
 *
 * @param periods - number of weeks (rows) to build, a whole number ≥ 1
 * @param options - offset of the first row (default 0) and span of the whole series (default periods)
 * @returns the trend column: `[periods]`
 * @throws {InvalidParameterError} when periods is not a whole number ≥ 1, or offset or span is not finite
 * @example
 * linearTrend(3); // => Float64Array [0, 0.5, 1]
 * linearTrend(2, { offset: 1, span: 3 }); // => Float64Array [0.5, 1]
 * @see https://en.wikipedia.org/wiki/Linear_trend_estimation
 */
export function linearTrend(periods: number, options: LinearTrendOptions = {}): Series {
  if (!(Number.isInteger(periods) && periods >= 1)) {
    throw new InvalidParameterError(
      "periods",
      `periods must be a whole number of weeks, 1 or more (got ${String(periods)}).`
    );
  }
  const offset = options.offset ?? 0;
  const span = options.span ?? periods;
  if (!(Number.isFinite(offset) && Number.isFinite(span))) {
    throw new InvalidParameterError(
      "offset",
      `offset and span must be finite numbers of weeks (got ${String(offset)} and ${String(span)}).`
    );
  }
  // A span of one week has no slope: max(·, 1) keeps the single week at 0 instead of dividing by 0.
  const denominator = Math.max(span - 1, 1);
  const out = new Float64Array(periods);
  for (let t = 0; t < periods; t++) out[t] = (offset + t) / denominator;
  return out;
}
