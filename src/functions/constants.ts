/**
 * Named constants of the custom functions: messages shown in cells and the saved-model envelope's schema.
 */

/** Default of WEIBULL's [type]: the CDF form, whose weights fall from 1 in the spend week (Robyn's `weibull_cdf`). */
export const DEFAULT_WEIBULL_TYPE = "cdf";

/**
 * Paths MMM.ROAS accepts, in the order the help text lists them. "net" is total minus the Google spend the channel
 * induced, per unit of its spend.
 */
export const ROAS_PATHS = ["total", "direct", "indirect", "net"] as const;
