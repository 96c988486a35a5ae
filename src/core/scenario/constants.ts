/**
 * Named constants of scenario/: the small statistical estimates behind the worksheet functions and the one
 * spend-response definition shared by the budget plan, MMM.OPTIMIZE and MMM.RESPONSE. Each says why it has its value.
 */

/**
 * Weeks whose mean spend is a channel's "current" weekly spend: the last quarter (13 weeks) of the model's stored
 * history, long enough to smooth flighting, short enough to be the recent operating point. The model stores 26
 * weeks, so this is defined on the saved model alone and the custom functions compute what the pipeline computes.
 */
export const CURRENT_SPEND_WEEKS = 13;

/**
 * Weeks after the last observed week over which a channel's weekly response is averaged: one full year, so the
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

/** Displayed response curves run from 0 to this multiple of the largest stored weekly spend: room to see saturation. */
export const RESPONSE_CURVE_MAX_MULTIPLE = 2;

/** Points of each displayed response curve (every 2.5% of the range): smooth enough for a chart. */
export const RESPONSE_CURVE_POINTS = 41;
