/** The three stacked parts that draw the interval [lower, upper] as a floating bar in a stacked column chart. */
export interface FloatingBarParts {
  /** Hidden part from 0 to the bar's near end (0 when the interval contains 0). */
  readonly base: number;
  /** Visible part above 0. */
  readonly above: number;
  /** Visible part below 0 (≤ 0). */
  readonly below: number;
}

/**
 * Splits an interval into stacked-column parts. Excel stacks positive values upward from 0 and negative values
 * downward from 0, each in series order, so a hidden base followed by a visible part floats the bar at
 * [lower, upper] whatever the signs: both ≥ 0 → base = lower, above = upper − lower; both ≤ 0 → base = upper,
 * below = lower − upper; across 0 → above = upper, below = lower.
 * @example floatingBar(1.2, 4) // => { base: 1.2, above: 2.8, below: 0 }
 */
export function floatingBar(lower: number, upper: number): FloatingBarParts {
  if (lower >= 0) return { base: lower, above: upper - lower, below: 0 };
  if (upper <= 0) return { base: upper, above: 0, below: lower - upper };
  return { base: 0, above: upper, below: lower };
}
