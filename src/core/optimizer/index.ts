/**
 * optimizer/: budget allocation over response curves, independent of how the curves were fitted.
 *
 * A response is any function weekly spend → weekly incremental revenue. {@link allocateBudget} spreads a weekly
 * budget to equalise marginal ROAS within bounds (with a grid safeguard for S-shaped curves),
 * {@link budgetScenario} scores a user's own split, {@link responseCurve} tabulates a curve for charts and
 * {@link marginalRoas} gives its slope at one spend.
 * To add a constraint (e.g. a channel-group cap): add it to `_internal/budgetProblem.ts` validation with a message
 * saying what to change, then to the candidates in `_internal/chooseAllocation.ts`, and test it on a case whose
 * optimum is known in closed form, as allocateBudget.test.ts does.
 */
export {
  allocateBudget,
  type AllocateBudgetInput,
  type BudgetAllocation,
  type BudgetChannel,
  type ChannelAllocation,
} from "./allocateBudget";
export { type AllocationMethod } from "./_internal/chooseAllocation";
export {
  budgetScenario,
  type BudgetScenario,
  type ScenarioChannel,
  type ScenarioChannelResult,
} from "./budgetScenario";
export {
  DEFAULT_CURVE_POINTS,
  DEFAULT_GRID_STEPS,
  DEFAULT_MAX_SHARE_OF_CURRENT,
  DEFAULT_MIN_SHARE_OF_CURRENT,
} from "./constants";
export { marginalRoas, type MarginalRoasOptions } from "./marginalRoas";
export { responseCurve, type ResponsePoint } from "./responseCurve";
