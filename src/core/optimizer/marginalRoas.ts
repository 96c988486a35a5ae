import { InvalidParameterError } from "../errors";
import { DERIVATIVE_RELATIVE_STEP } from "./constants";

/** Options of {@link marginalRoas}. */
export interface MarginalRoasOptions {
  /**
   * Typical spend of the channel, in the same unit; the step is DERIVATIVE_RELATIVE_STEP · max(|spend|, scale),
   * so the step stays meaningful near zero spend. @defaultValue 1
   */
  readonly scale?: number;
  /** Lowest spend at which the curve may be evaluated (e.g. a channel's minimum). @defaultValue 0 */
  readonly lowest?: number;
  /** Highest spend at which the curve may be evaluated (e.g. a channel's maximum). @defaultValue Infinity */
  readonly highest?: number;
}

/**
 * Marginal ROAS: the revenue the next unit of weekly spend brings, the derivative of a response curve.
 *
 * Central difference with a relative step (∛ε scaled by the spend). Within one step of the edge of the allowed
 * spends [lowest, highest] (by default [0, ∞), as a curve may be undefined below 0) a second-order one-sided
 * difference looks inward instead, so the curve is never evaluated outside that range. Three evaluations.
 *
 * @param response - weekly spend → weekly incremental revenue, defined on [lowest, highest]
 * @param spend - weekly spend at which to take the slope, finite and ≥ 0
 * @param options - scale, lowest, highest (see {@link MarginalRoasOptions})
 * @returns revenue per extra unit of spend (e.g. 1.8 = each extra 1 € brings 1.80 €)
 * @throws {InvalidParameterError} when spend is negative or not finite, or scale is not above 0
 * @example
 * marginalRoas((s) => 10 * Math.sqrt(s), 25); // => 1 (10 / (2·√25)), to about 1e-10
 * @see https://en.wikipedia.org/wiki/Finite_difference#Relation_with_derivatives
 */
export function marginalRoas(
  response: (weeklySpend: number) => number,
  spend: number,
  options: MarginalRoasOptions = {}
): number {
  if (!(spend >= 0 && Number.isFinite(spend))) {
    throw new InvalidParameterError(
      "spend",
      `Spend must be a finite number of at least 0 (got ${spend}).`
    );
  }
  const scale = options.scale ?? 1;
  if (!(scale > 0 && Number.isFinite(scale))) {
    throw new InvalidParameterError("scale", `The spend scale must be above 0 (got ${scale}).`);
  }
  const lowest = options.lowest ?? 0;
  const highest = options.highest ?? Infinity;
  const step = DERIVATIVE_RELATIVE_STEP * Math.max(spend, scale);
  const above = spend + step;
  const below = spend - step;
  if (below >= lowest && above <= highest) {
    // Dividing by the spends actually evaluated (not 2h) removes the rounding of spend ± h.
    return (response(above) - response(below)) / (above - below);
  }
  if (spend + 2 * step <= highest || !(spend - 2 * step >= lowest)) {
    // f'(x) ≈ (−3 f(x) + 4 f(x+h) − f(x+2h)) / 2h, exact for quadratics like the central formula.
    const forward = (spend + 2 * step - spend) / 2;
    return (
      (-3 * response(spend) + 4 * response(spend + forward) - response(spend + 2 * forward)) /
      (2 * forward)
    );
  }
  // The mirror image: f'(x) ≈ (3 f(x) − 4 f(x−h) + f(x−2h)) / 2h.
  const backward = (spend - (spend - 2 * step)) / 2;
  return (
    (3 * response(spend) - 4 * response(spend - backward) + response(spend - 2 * backward)) /
    (2 * backward)
  );
}
