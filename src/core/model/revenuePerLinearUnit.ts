/** Below this |linear predictor| the ratio expm1(x)/x is taken from its series (avoids 0/0). */
const SMALL_LINEAR = 1e-8;

/**
 * Revenue per unit of the multiplicative form's log-scale (log1p) predictor, relative to a starting point:
 * expm1(x)/x, 1 at 0. A property of the outcome's scale, so prediction and contributions both share it out by it.
 *
 * @param linear - a move of the log-scale predictor
 * @returns expm1(linear) / linear (its series 1 + x/2 near 0)
 * @example
 * revenuePerLinearUnit(0); // => 1
 * revenuePerLinearUnit(1); // => 1.718281828459045
 */
export function revenuePerLinearUnit(linear: number): number {
  return Math.abs(linear) < SMALL_LINEAR ? 1 + linear / 2 : Math.expm1(linear) / linear;
}
