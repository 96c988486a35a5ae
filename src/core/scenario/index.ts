/**
 * scenario/: small estimates and model-based what-ifs behind the worksheet functions (MMM.ELASTICITY, MMM.LIFT,
 * MMM.MEDIATION, MMM.RESPONSE, MMM.OPTIMIZE). Single-equation fits here are the quick versions of what the task
 * pane's full model does. To add one: write a pure function over series (or a FittedModel) in its own file, check
 * its arguments with `_internal/checkSeries.ts` so messages say what to change, export it here, and test it against
 * statsmodels or a closed form.
 */
export { currentWeeklySpend } from "./currentWeeklySpend";
export {
  interpolatedBudgetChannels,
  type InterpolatedBudgetChannelsOptions,
} from "./interpolatedBudgetChannels";
export { interpolatedResponse } from "./interpolatedResponse";
export { logLinearLift, type LiftEstimate, type LogLinearLiftOptions } from "./logLinearLift";
export {
  logLogElasticity,
  type CoefficientEstimate,
  type LogLogElasticityOptions,
} from "./logLogElasticity";
export { modelResponse } from "./modelResponse";
export { projectedRevenue, type ProjectedRevenue } from "./projectedRevenue";
export {
  simpleMediation,
  type SimpleMediationOptions,
  type SimpleMediationResult,
} from "./simpleMediation";
export { spendResponseWindow } from "./spendResponseWindow";
export type { SpendResponseOptions, SpendResponseWindow } from "./types";
