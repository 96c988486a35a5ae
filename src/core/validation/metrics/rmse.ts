import type { SeriesLike } from "../../types";
import { checkForecastPair } from "./_internal/checkForecastPair";
import { compensatedSum } from "./_internal/compensatedSum";

/**
 * Root mean squared error √(mean((actual − predicted)²)), in the units of the series (e.g. revenue per week).
 *
 * Squares the errors, so a few large misses weigh more than many small ones.
 *
 * @param actual - observed values: `[weeks]`
 * @param predicted - forecast values: `[weeks]`
 * @returns RMSE, ≥ 0
 * @throws {InvalidParameterError} when the lengths differ, the series are empty or a value is not finite
 * @example
 * rmse([1, 2, 3], [1, 2, 5]); // => 1.1547005383792515 (√(4/3))
 * @see https://scikit-learn.org/stable/modules/generated/sklearn.metrics.root_mean_squared_error.html
 */
export function rmse(actual: SeriesLike, predicted: SeriesLike): number {
  const n = checkForecastPair(actual, predicted);
  // Errors are divided by the largest one before squaring, so tiny errors do not underflow to 0 and huge ones do
  // not overflow to Infinity (as in LAPACK's dnrm2).
  let largest = 0;
  for (let i = 0; i < n; i++)
    largest = Math.max(largest, Math.abs((actual[i] as number) - (predicted[i] as number)));
  if (largest === 0 || !Number.isFinite(largest)) return largest;
  const scaledSquares = compensatedSum(
    n,
    (i) => (((actual[i] as number) - (predicted[i] as number)) / largest) ** 2
  );
  return largest * Math.sqrt(scaledSquares / n);
}
