import type { SeriesLike } from "../types";
import { CI90_LEVEL } from "./constants";
import { percentileInterval } from "./percentileInterval";

/** Summary of the bootstrap replicates of one quantity. */
export interface ReplicateSummary {
  /** Mean of the replicates that are not NaN. */
  readonly mean: number;
  /** Sample standard deviation (n − 1 denominator): the bootstrap standard error; NaN below two values. */
  readonly sd: number;
  /** 90% percentile interval, `[lower, upper]` (5th and 95th percentiles, type 7). */
  readonly ci90: readonly [number, number];
  /** Replicates used (NaN ones are left out). */
  readonly count: number;
}

/**
 * Mean, bootstrap standard error and 90% percentile interval of one quantity's replicates.
 *
 * NaN replicates (e.g. a refit that failed) are left out and `count` says how many were used. The standard
 * deviation uses the corrected two-pass formula, so large, nearly equal values keep their precision. O(n log n).
 *
 * @param values - replicate results, `[replicates]`
 * @returns mean, sd, ci90 and count; NaN fields when too few values are left
 * @example
 * summarizeReplicates([1, 2, 3, 4, 5]); // => { mean: 3, sd: 1.58…, ci90: [1.2, 4.8], count: 5 }
 * @see Efron & Tibshirani (1993), An Introduction to the Bootstrap, eq. 6.6 (bootstrap standard error).
 * @see Chan, Golub & LeVeque (1983), Algorithms for computing the sample variance, The American Statistician 37(3).
 */
export function summarizeReplicates(values: SeriesLike): ReplicateSummary {
  let count = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (Number.isNaN(value)) continue;
    count += 1;
    sum += value;
  }
  const mean = sum / count;
  let sumDeviations = 0;
  let sumSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (Number.isNaN(value)) continue;
    sumDeviations += value - mean;
    sumSquares += (value - mean) * (value - mean);
  }
  // Corrected two-pass formula: subtracting (Σd)²/n removes the rounding error left in the mean.
  const variance = (sumSquares - (sumDeviations * sumDeviations) / count) / (count - 1);
  return {
    mean: count > 0 ? mean : NaN,
    sd: count > 1 ? Math.sqrt(variance) : NaN,
    ci90: percentileInterval(values, CI90_LEVEL),
    count,
  };
}
