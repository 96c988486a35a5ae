import type { SeriesLike } from "../../types";
import { checkForecastPair } from "./_internal/checkForecastPair";
import { compensatedSum } from "./_internal/compensatedSum";

/**
 * Mean absolute error mean(|actual − predicted|), in the units of the series (e.g. revenue per week).
 *
 * @param actual - observed values: `[weeks]`
 * @param predicted - forecast values: `[weeks]`
 * @returns MAE, ≥ 0
 * @throws {InvalidParameterError} when the lengths differ, the series are empty or a value is not finite
 * @example
 * mae([1, 2, 3], [2, 2, 1]); // => 1
 * @see https://scikit-learn.org/stable/modules/generated/sklearn.metrics.mean_absolute_error.html
 */
export function mae(actual: SeriesLike, predicted: SeriesLike): number {
  const n = checkForecastPair(actual, predicted);
  return compensatedSum(n, (i) => Math.abs((actual[i] as number) - (predicted[i] as number))) / n;
}
