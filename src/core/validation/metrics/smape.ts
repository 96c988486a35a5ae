import type { SeriesLike } from "../../types";
import { checkForecastPair } from "./_internal/checkForecastPair";
import { compensatedSum } from "./_internal/compensatedSum";

/**
 * Symmetric mean absolute percentage error mean(2·|actual − predicted| / (|actual| + |predicted|)), as a fraction.
 *
 * Bounded in [0, 2] and defined when actual is 0 (unlike MAPE); a week where both values are 0 is an exact
 * forecast and counts as 0.
 *
 * @param actual - observed values: `[weeks]`
 * @param predicted - forecast values: `[weeks]`
 * @returns sMAPE in [0, 2]
 * @throws {InvalidParameterError} when the lengths differ, the series are empty or a value is not finite
 * @example
 * smape([100, 0], [100, 5]); // => 1 (weeks score 0 and 2)
 * @see Hyndman & Koehler (2006), Another look at measures of forecast accuracy, IJF 22(4).
 */
export function smape(actual: SeriesLike, predicted: SeriesLike): number {
  const n = checkForecastPair(actual, predicted);
  const total = compensatedSum(n, (i) => {
    const observed = actual[i] as number;
    const forecast = predicted[i] as number;
    const scale = Math.abs(observed) + Math.abs(forecast);
    return scale === 0 ? 0 : (2 * Math.abs(observed - forecast)) / scale;
  });
  return total / n;
}
