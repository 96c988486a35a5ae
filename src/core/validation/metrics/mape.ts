import type { SeriesLike } from "../../types";
import { checkForecastPair } from "./_internal/checkForecastPair";
import { compensatedSum } from "./_internal/compensatedSum";

/** A mean absolute percentage error together with the weeks it had to leave out. */
export interface MapeResult {
  /** mean(|actual − predicted| / |actual|) over weeks with a non-zero actual, as a fraction (0.1 = 10%); NaN when none. */
  readonly value: number;
  /** Weeks left out because their actual value is 0 (the percentage error is undefined there). */
  readonly skipped: number;
}

/**
 * Mean absolute percentage error, as a fraction, over the weeks whose actual value is not zero.
 *
 * Weeks with an actual of exactly 0 are skipped and counted in `skipped`, rather than divided by a tiny number as
 * scikit-learn's `mean_absolute_percentage_error` does (which turns one zero week into an enormous score). When
 * every actual is 0 the value is NaN and `skipped` equals the number of weeks. On series without zeros the value
 * equals scikit-learn's.
 *
 * @param actual - observed values: `[weeks]`
 * @param predicted - forecast values: `[weeks]`
 * @returns `{ value, skipped }`
 * @throws {InvalidParameterError} when the lengths differ, the series are empty or a value is not finite
 * @example
 * mape([100, 0, 200], [110, 5, 180]); // => { value: 0.1, skipped: 1 }
 * @see https://en.wikipedia.org/wiki/Mean_absolute_percentage_error
 */
export function mape(actual: SeriesLike, predicted: SeriesLike): MapeResult {
  const n = checkForecastPair(actual, predicted);
  let counted = 0;
  const total = compensatedSum(n, (i) => {
    const observed = actual[i] as number;
    if (observed === 0) return 0;
    counted++;
    return Math.abs(observed - (predicted[i] as number)) / Math.abs(observed);
  });
  return { value: counted === 0 ? Number.NaN : total / counted, skipped: n - counted };
}
