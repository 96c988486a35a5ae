/**
 * Named defaults and tolerances of the budget optimiser, each with the reason for its value.
 */

/**
 * Relative step of the central-difference derivative: ∛ε ≈ 6.06e-6 (ε = 2⁻⁵²) balances the O(h²) truncation
 * error against the O(ε/h) rounding error, leaving about 1e-10 relative error on smooth curves.
 * @see Nocedal & Wright (2006), Numerical Optimization, §8.1 (choice of finite-difference step).
 */
export const DERIVATIVE_RELATIVE_STEP = Math.cbrt(Number.EPSILON);

/**
 * Near zero spend a relative step vanishes, so the step is relative to at least this share of the channel's
 * largest allowed spend. 1% keeps the step far below the curvature scale of any plausible response curve.
 */
export const DERIVATIVE_SCALE_SHARE = 0.01;

/**
 * Floor of that scale, in currency units: a billionth of a unit has no meaning as spend, and the floor keeps the
 * step from underflowing to zero when a channel's bounds are (nearly) zero.
 */
export const MIN_DERIVATIVE_SCALE = 1e-9;

/** Default lower bound of a channel as a share of its current weekly spend: keep at least half of it. */
export const DEFAULT_MIN_SHARE_OF_CURRENT = 0.5;

/**
 * Default upper bound as a share of current spend: at most 50% more. Response curves fitted on history are only
 * trusted a little beyond the spend levels that history contains (Meridian's default spend constraint is ±30%).
 */
export const DEFAULT_MAX_SHARE_OF_CURRENT = 1.5;

/** Cap on bisection steps for the multiplier λ; ~60 are needed from a bracket of width 1e3 down to 1e-14·λ. */
export const MULTIPLIER_MAX_ITERATIONS = 200;

/** λ is settled when its bracket is this narrow relative to λ: a few ulps above double precision. */
export const MULTIPLIER_RELATIVE_TOLERANCE = 1e-14;

/** Cap on bisection steps for one channel's spend at a given λ (2⁻²⁰⁰ of the range is far below any tolerance). */
export const SPEND_MAX_ITERATIONS = 200;

/** A channel's spend at a given λ is settled to this share of its allowed range. */
export const SPEND_RELATIVE_TOLERANCE = 1e-13;

/** Budget units of the grid search (dynamic programme) that guards against non-concave, S-shaped curves. */
export const DEFAULT_GRID_STEPS = 200;

/**
 * Marginal ROAS of channels strictly inside their bounds must agree to this relative tolerance (KKT conditions)
 * for the result to count as converged; numerical derivatives are good to ~1e-10.
 */
export const KKT_RELATIVE_TOLERANCE = 1e-6;

/** A channel sits at a bound when its spend is within this share of its allowed range from it. */
export const BOUND_RELATIVE_TOLERANCE = 1e-9;

/** A rival candidate must beat the marginal-equalisation answer by this relative margin to replace it. */
export const OBJECTIVE_RELATIVE_TOLERANCE = 1e-12;

/** Points of a response curve by default: spend 0, 2.5%, …, 100% of the maximum. */
export const DEFAULT_CURVE_POINTS = 41;
