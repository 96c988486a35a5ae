/**
 * Named constants of the workbook's saved model, shared by the task pane (which saves and publishes it) and the
 * custom functions (which read it).
 */

/** Namespace of the custom XML part that holds the fitted model (see saveModel.ts for why a custom XML part). */
export const MODEL_XML_NAMESPACE = "urn:mmm-excel-addin:model:1";

/**
 * Schema of what the task pane saves in the workbook and publishes to the functions: the fitted model plus what a
 * worksheet needs that the model itself does not carry (effects for MMM.ROAS, holdout scores for MMM.MODEL).
 * A bare "mmm-model/1" model is read too (then ROAS answers #N/A and the scores are blank).
 */
export const SAVED_MODEL_SCHEMA = "mmm-workbook-model/1";

/** Shown (#N/A) by every function that reads the model when the workbook holds none. */
export const NO_MODEL_MESSAGE = "No fitted model in this workbook: use Fit model in the task pane";
