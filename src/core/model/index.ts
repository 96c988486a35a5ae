/**
 * The mediation-aware MMM's search, fit and fitted model: `fitModel` (search + fit + metrics), `refitModel` (fixed
 * hyperparameters, the bootstrap's refits), `createRetuner` (the fit's search again on a bootstrap resample),
 * and the fitted model as data (`serializeModel`, `parseModel`, `predictModel`). To add a feature kind: extend
 * `FeatureSpec` in types.ts, build it in _internal/buildFeatures.ts, accept it in parseModel.ts, and place it in
 * a stage in _internal/stagePlan.ts. Effects and contributions (and `fitMmm`, which adds them to a fit) are in
 * src/core/attribution, which imports this folder; this folder never imports it.
 */
export { fitModel } from "./fitModel";
export { refitModel } from "./refitModel";
export { revenuePerLinearUnit } from "./revenuePerLinearUnit";
export { validateContributionBase } from "./validateContributionBase";
export { parseModel } from "./parseModel";
export { predictModel } from "./predictModel";
export { createRetuner, type Retuner } from "./retuneHyperparameters";
export { serializeModel } from "./serializeModel";
export {
  unspentTrainingChannels,
  type UnspentTrainingChannels,
  type UnspentTrainingChannelsOptions,
} from "./unspentTrainingChannels";
export type * from "./types";
