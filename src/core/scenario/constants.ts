/**
 * Named constants of scenario/: the small statistical estimates behind the worksheet functions and the model-based
 * response curves. Each says why it has its value.
 */

/**
 * Weeks over which a channel's weekly response is averaged after the last observed week: one full year, so the
 * yearly seasonality of a multiplicative model averages out and carry-over has long since built up.
 */
export const RESPONSE_HORIZON_WEEKS = 52;

/**
 * Points at which each channel's response is evaluated exactly (through the model) between its budget bounds before
 * the optimiser works on the interpolated curve. The optimiser calls a response some 10⁴ times and one exact
 * evaluation costs about a millisecond; 21 points over the default ±50% band put a point every 5% of current spend,
 * where a monotone cubic through Hill-shaped curves is accurate to far below the model's own uncertainty.
 */
export const OPTIMIZE_CURVE_POINTS = 21;
