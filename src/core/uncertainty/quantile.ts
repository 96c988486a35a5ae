import { InvalidParameterError } from "../errors";
import type { SeriesLike } from "../types";
import { quantileOfSorted, sortedWithoutNaN } from "./_internal/sortedWithoutNaN";

/**
 * Sample quantile of replicate values, skipping NaN (Hyndman & Fan type 7).
 *
 * The same definition as R's `quantile()` default and numpy's `nanpercentile(values, 100 * probability)`:
 * linear interpolation between order statistics at position (n − 1)·probability. O(n log n) for the sort.
 *
 * @param values - replicate results, any order; NaN entries (failed replicates) are left out
 * @param probability - in [0, 1]
 * @returns the quantile, or NaN when no value is left
 * @throws {InvalidParameterError} when probability is outside [0, 1]
 * @example
 * quantile([1, 2, 3, 4], 0.5); // => 2.5
 * @see Hyndman & Fan (1996), Sample Quantiles in Statistical Packages, The American Statistician 50(4).
 */
export function quantile(values: SeriesLike, probability: number): number {
  if (!(probability >= 0 && probability <= 1)) {
    throw new InvalidParameterError(
      "probability",
      `The probability must be between 0 and 1 (got ${probability}).`
    );
  }
  return quantileOfSorted(sortedWithoutNaN(values), probability);
}
