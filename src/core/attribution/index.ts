/**
 * attribution/: what a fitted model says about its drivers. Causal mediation by counterfactual simulation through the
 * two stages (Imai, Keele & Tingley 2010): total, direct and indirect effects, price elasticity, promotion lift, the
 * comparison of the mediator variants; and weekly contributions, each driver measured against a stated reference
 * (controls: their mean or a user's base; media: zero spend; trend and seasonality: their mean), that add up to the
 * fitted values. `fitMmm` (fit + effects + contributions) and `fitWithFixedHyperparameters` (the bootstrap's unit)
 * live here because they join `src/core/model`'s fit to these readings. This folder imports model/, never the reverse.
 */
export { compareVariants } from "./compareVariants";
export type { CompareVariantsOptions, VariantIntervals } from "./compareVariants";
export { counterfactualEffects } from "./counterfactualEffects";
export { counterfactualOutcome } from "../model/counterfactualOutcome";
export type { CounterfactualRun } from "../model/counterfactualOutcome";
export { priceElasticity, promotionLift } from "./priceAndPromotion";
export {
  ADDITIVE_ATTRIBUTION,
  MULTIPLICATIVE_ATTRIBUTION,
  decomposeContributions,
  type DecomposeContributionsOptions,
} from "./decomposeContributions";
export {
  contributionParts,
  referenceText,
  type ContributionPart,
  type ContributionPartKind,
} from "./contributionParts";
export { fitMmm } from "./fitMmm";
export { fitWithFixedHyperparameters } from "./fitWithFixedHyperparameters";
