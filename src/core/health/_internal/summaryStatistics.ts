/** Small summary statistics of a series, shared by the data checks. All O(n); none mutates its input. */

/** Arithmetic mean; NaN for an empty series. */
export function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return values.length > 0 ? sum / values.length : Number.NaN;
}

/** Sample standard deviation (n − 1 denominator); 0 for fewer than two values. */
export function standardDeviationOf(values: ArrayLike<number>): number {
  if (values.length < 2) return 0;
  const mean = meanOf(values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += ((values[i] as number) - mean) ** 2;
  return Math.sqrt(sum / (values.length - 1));
}

/** Median (mean of the middle two for an even count); NaN for an empty series. */
export function medianOf(values: ArrayLike<number>): number {
  const sorted = Array.from(values).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const middle = Math.floor(n / 2);
  return n % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Pearson correlation of two equally long series; NaN when either is constant. */
export function pearsonOf(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const mx = meanOf(x);
  const my = meanOf(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/** A number for a sentence: thousands separated, at most `digits` decimals. */
export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: digits });
}

/** A share as a whole percentage, e.g. 0.213 → "21%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
