/**
 * scenario/: model-based what-ifs behind the worksheet functions (MMM.RESPONSE, MMM.OPTIMIZE, MMM.PREDICT's
 * projections): pure functions of a FittedModel. The single-equation estimates on raw series (MMM.ELASTICITY,
 * MMM.LIFT, MMM.MEDIATION) are regressions and live in src/core/regression.
 */
export { currentWeeklySpend } from "./currentWeeklySpend";
export {
  interpolatedBudgetChannels,
  type InterpolatedBudgetChannelsOptions,
} from "./interpolatedBudgetChannels";
export { interpolatedResponse } from "./interpolatedResponse";
export { modelNetResponse, type NetResponse } from "./modelNetResponse";
export { modelResponse } from "./modelResponse";
export { projectedRevenue, type ProjectedRevenue } from "./projectedRevenue";
export { spendResponseWindow } from "./spendResponseWindow";
export type { SpendResponseOptions, SpendResponseWindow } from "./types";
