import { InvalidParameterError, NumericalError } from "../errors";
import { DEFAULT_CURVE_POINTS, DERIVATIVE_SCALE_SHARE, MIN_DERIVATIVE_SCALE } from "./constants";
import { marginalRoas } from "./marginalRoas";

/** One point of a response curve. */
export interface ResponsePoint {
  /** Weekly spend. */
  readonly spend: number;
  /** Weekly incremental revenue at that spend. */
  readonly revenue: number;
  /** Revenue of the next unit of spend (the curve's slope). */
  readonly marginalRoas: number;
  /** revenue / spend; NaN at zero spend. */
  readonly averageRoas: number;
}

/**
 * A channel's response curve on an even spend grid from 0 to `maxSpend`, with marginal and average ROAS, for
 * charts and tables ("where does the next euro stop paying?").
 *
 * @param response - weekly spend → weekly incremental revenue, defined for spend ≥ 0
 * @param maxSpend - largest weekly spend on the grid, > 0 (e.g. twice the current spend)
 * @param points - number of grid points including 0 and maxSpend, a whole number ≥ 2. @defaultValue 41
 * @returns `[points]` rows of spend, revenue, marginalRoas, averageRoas, spend rising
 * @throws {InvalidParameterError} when maxSpend is not above 0 or points is not a whole number ≥ 2
 * @throws {NumericalError} when the curve returns a non-finite revenue
 * @example
 * responseCurve((s) => 10 * Math.sqrt(s), 100, 3); // => spend [0, 50, 100], revenue [0, 70.7…, 100], …
 * @see Jin et al. (2017), Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects (response curves).
 */
export function responseCurve(
  response: (weeklySpend: number) => number,
  maxSpend: number,
  points: number = DEFAULT_CURVE_POINTS
): readonly ResponsePoint[] {
  if (!(maxSpend > 0 && Number.isFinite(maxSpend))) {
    throw new InvalidParameterError(
      "maxSpend",
      `The largest spend of the curve must be a finite number above 0 (got ${maxSpend}).`
    );
  }
  if (!(Number.isInteger(points) && points >= 2)) {
    throw new InvalidParameterError(
      "points",
      `The number of curve points must be a whole number of at least 2 (got ${points}).`
    );
  }
  const checked = (spend: number): number => {
    const revenue = response(spend);
    if (!Number.isFinite(revenue)) {
      throw new NumericalError(
        `The response curve gave ${revenue} at a weekly spend of ${spend}; it must give a finite revenue.`
      );
    }
    return revenue;
  };
  const scale = Math.max(maxSpend * DERIVATIVE_SCALE_SHARE, MIN_DERIVATIVE_SCALE);
  return Array.from({ length: points }, (_, i): ResponsePoint => {
    // The last point is maxSpend exactly, not (points − 1) · step with its rounding.
    const spend = i === points - 1 ? maxSpend : (maxSpend * i) / (points - 1);
    const revenue = checked(spend);
    return {
      spend,
      revenue,
      marginalRoas: marginalRoas(checked, spend, { scale }),
      averageRoas: spend > 0 ? revenue / spend : NaN,
    };
  });
}
