/**
 * The mediation-aware MMM: `fitMmm` (search + fit + effects), `fitWithFixedHyperparameters` (bootstrap refits),
 * `createRetuner` (the fit's search again on a bootstrap resample),
 * and the fitted model as data (`serializeModel`, `parseModel`, `predictModel`). To add a feature kind: extend
 * `FeatureSpec` in types.ts, build it in _internal/buildFeatures.ts, accept it in parseModel.ts, and place it in
 * a stage in _internal/stagePlan.ts.
 */
export { fitMmm } from "./fitMmm";
export { fitWithFixedHyperparameters } from "./fitWithFixedHyperparameters";
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
