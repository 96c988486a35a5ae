import type { SeriesLike } from "../../types";
import { checkForecastPair } from "./_internal/checkForecastPair";
import { compensatedSum } from "./_internal/compensatedSum";

/**
 * Weighted absolute percentage error Σ|actual − predicted| / Σ|actual|, as a fraction.
 *
 * Each week's error counts in proportion to its size, so a heavy-tailed series (a few very large revenue weeks) is
 * judged on the money that was missed, and small or zero weeks cannot blow the score up as they do for MAPE. NaN
 * when every actual is 0.
 *
 * @param actual - observed values: `[weeks]`
 * @param predicted - forecast values: `[weeks]`
 * @returns WAPE, ≥ 0, or NaN when every actual is 0
 * @throws {InvalidParameterError} when the lengths differ, the series are empty or a value is not finite
 * @example
 * wape([100, 0, 300], [110, 10, 300]); // => 0.05
 * @see Kolassa & Schütz (2007), Advantages of the MAD/mean ratio over the MAPE, Foresight 6.
 */
export function wape(actual: SeriesLike, predicted: SeriesLike): number {
  const n = checkForecastPair(actual, predicted);
  const scale = compensatedSum(n, (i) => Math.abs(actual[i] as number));
  if (scale === 0) return Number.NaN;
  return (
    compensatedSum(n, (i) => Math.abs((actual[i] as number) - (predicted[i] as number))) / scale
  );
}
