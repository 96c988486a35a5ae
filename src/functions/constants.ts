/**
 * Named constants of the custom functions: messages shown in cells and the saved-model envelope's schema.
 */

/** Shown (#N/A) by every function that reads the model when the workbook holds none. */
export const NO_MODEL_MESSAGE = "No fitted model in this workbook: use Fit model in the task pane";

/**
 * Schema of what the task pane saves in the workbook and publishes to the functions: the fitted model plus what a
 * worksheet needs that the model itself does not carry (effects for MMM.ROAS, holdout scores for MMM.MODEL).
 * A bare "mmm-model/1" model is read too (then ROAS answers #N/A and the scores are blank).
 */
export const SAVED_MODEL_SCHEMA = "mmm-workbook-model/1";

/** Default of WEIBULL's [type]: the CDF form, whose weights fall from 1 in the spend week (Robyn's `weibull_cdf`). */
export const DEFAULT_WEIBULL_TYPE = "cdf";

/**
 * Paths MMM.ROAS accepts, in the order the help text lists them. "net" is total minus the Google spend the channel
 * induced, per unit of its spend.
 */
export const ROAS_PATHS = ["total", "direct", "indirect", "net"] as const;
