import { InvalidParameterError } from "../errors";
import type { Series, SeriesLike } from "../types";

/**
 * Shifts a series later by a whole number of weeks: out[t] = x[t − weeks], with `fill` where no week exists.
 *
 * A negative `weeks` shifts earlier (a lead). O(n).
 *
 * @param values - weekly series, oldest first: `[periods]`
 * @param weeks - whole number of weeks to shift by (negative for a lead)
 * @param fill - value for the weeks shifted in from outside the series
 * @defaultValue fill 0
 * @returns the shifted series: `[periods]`
 * @throws {InvalidParameterError} when weeks is not a whole number
 * @example
 * lagSeries([1, 2, 3], 1); // => Float64Array [0, 1, 2]
 * @see https://en.wikipedia.org/wiki/Lag_operator
 */
export function lagSeries(values: SeriesLike, weeks: number, fill = 0): Series {
  if (!Number.isInteger(weeks)) {
    throw new InvalidParameterError(
      "weeks",
      `weeks must be a whole number (got ${String(weeks)}).`
    );
  }
  const n = values.length;
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const source = t - weeks;
    out[t] = source >= 0 && source < n ? (values[source] as number) : fill;
  }
  return out;
}
