import { InvalidParameterError } from "../errors";
import type { SeriesLike } from "../types";
import { quantileOfSorted, sortedWithoutNaN } from "./_internal/sortedWithoutNaN";
import { DEFAULT_INTERVAL_LEVEL } from "./constants";

/**
 * Equal-tailed bootstrap percentile interval: the (1 − level)/2 and (1 + level)/2 quantiles of the replicates.
 *
 * Quantiles are type 7 (numpy.percentile's default), NaN replicates are skipped. Returns the pair the contract
 * between modules fixes (lower, upper); NaN for both when no value is left. O(n log n).
 *
 * @param values - replicate results of one quantity, `[replicates]`
 * @param level - coverage in (0, 1). @defaultValue {@link DEFAULT_INTERVAL_LEVEL} (0.9 → 5th and 95th percentiles)
 * @returns `[lower, upper]` with lower ≤ upper
 * @throws {InvalidParameterError} when level is not strictly between 0 and 1
 * @example
 * percentileInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.8); // => [2, 10]
 * @see Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 13 (percentile intervals).
 */
export function percentileInterval(
  values: SeriesLike,
  level: number = DEFAULT_INTERVAL_LEVEL
): readonly [number, number] {
  if (!(level > 0 && level < 1)) {
    throw new InvalidParameterError(
      "level",
      `The interval level must be strictly between 0 and 1, e.g. 0.9 for 90% (got ${level}).`
    );
  }
  const sorted = sortedWithoutNaN(values);
  const tail = (1 - level) / 2;
  return [quantileOfSorted(sorted, tail), quantileOfSorted(sorted, 1 - tail)] as const;
}
