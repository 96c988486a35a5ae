import type { SeriesLike } from "../../types";
import { checkForecastPair } from "./_internal/checkForecastPair";
import { compensatedSum } from "./_internal/compensatedSum";

/**
 * Coefficient of determination R² = 1 − Σ(actual − predicted)² / Σ(actual − mean(actual))².
 *
 * 1 is a perfect forecast, 0 is no better than the mean of the scored weeks, and it is negative when worse.
 * Edge cases follow scikit-learn's `r2_score` (default `force_finite=True`): when `actual` is constant the ratio
 * is undefined, so R² is 1 if the forecast is exact and 0 otherwise; with a single week it is NaN. "Constant"
 * means every value equal, tested exactly, so rounding in the mean cannot turn a flat series into a huge score.
 *
 * @param actual - observed values: `[weeks]`
 * @param predicted - forecast values: `[weeks]`
 * @returns R², at most 1
 * @throws {InvalidParameterError} when the lengths differ, the series are empty or a value is not finite
 * @example
 * r2([1, 2, 3], [1, 2, 4]); // => 0.5
 * @see https://scikit-learn.org/stable/modules/generated/sklearn.metrics.r2_score.html
 */
export function r2(actual: SeriesLike, predicted: SeriesLike): number {
  const n = checkForecastPair(actual, predicted);
  if (n < 2) return Number.NaN;
  const residualSquares = compensatedSum(
    n,
    (i) => ((actual[i] as number) - (predicted[i] as number)) ** 2
  );
  const first = actual[0] as number;
  let constant = true;
  for (let i = 1; i < n && constant; i++) constant = actual[i] === first;
  const mean = constant ? first : compensatedSum(n, (i) => actual[i] as number) / n;
  // Zero also when the spread is so tiny (subnormal) that its squares underflow; sklearn treats both alike.
  const totalSquares = constant ? 0 : compensatedSum(n, (i) => ((actual[i] as number) - mean) ** 2);
  if (totalSquares === 0) return residualSquares === 0 ? 1 : 0;
  return 1 - residualSquares / totalSquares;
}
