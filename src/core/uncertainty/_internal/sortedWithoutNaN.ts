import type { SeriesLike } from "../../types";

/** A sorted copy of the values with NaN left out (the input is not touched). */
export function sortedWithoutNaN(values: SeriesLike): Float64Array {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isNaN(value)) kept.push(value);
  }
  return Float64Array.from(kept).sort();
}

/**
 * Type-7 quantile of sorted values (R's default, numpy.percentile's "linear"): position h = (n − 1)·p,
 * linear interpolation between the order statistics around it. NaN for no values.
 */
export function quantileOfSorted(sorted: Float64Array, probability: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const position = (n - 1) * probability;
  const below = Math.floor(position);
  const fraction = position - below;
  const low = sorted[below] as number;
  if (fraction === 0 || below + 1 >= n) return low;
  const high = sorted[below + 1] as number;
  // numpy's _lerp: interpolate from the nearer end, which keeps the result inside [low, high] in floating point.
  return fraction < 0.5 ? low + (high - low) * fraction : high - (high - low) * (1 - fraction);
}
