/**
 * Calendar features of a weekly model: a linear trend, Fourier seasonality and 0/1 event flags.
 *
 * Each function returns `Float64Array` columns (and names where there may be several) ready to join a design
 * matrix. To add a feature: one file per function returning `FeatureColumns`, a mirrored test, an export here.
 */
export { WEEKS_PER_YEAR, DEFAULT_FOURIER_ORDER } from "./constants";
export { linearTrend, type LinearTrendOptions } from "./linearTrend";
export { fourierTerm, type FourierTermOptions } from "./fourierTerm";
export {
  fourierFeatures,
  type FourierFeaturesOptions,
  type FeatureColumns,
} from "./fourierFeatures";
export { eventDummies } from "./eventDummies";
