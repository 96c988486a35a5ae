/**
 * Quantile by linear interpolation between order statistics (R's type 7, numpy's default); NaN when empty.
 *
 * @param values - any order, not modified
 * @param probability - in [0, 1]
 * @returns the interpolated quantile
 * @example
 * quantile([1, 2, 3, 4], 0.5); // => 2.5
 * @see Hyndman & Fan (1996), Sample Quantiles in Statistical Packages, Am. Stat. 50(4).
 */
export function quantile(values: readonly number[], probability: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below] as number;
  return low + ((sorted[above] as number) - low) * (position - below);
}

/**
 * Median (type-7 quantile at 0.5).
 *
 * @param values - any order, not modified
 * @returns the median; NaN when empty
 * @example
 * median([3, 1, 2]); // => 2
 */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
