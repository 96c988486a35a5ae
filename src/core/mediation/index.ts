/**
 * Causal mediation by counterfactual simulation through the two stages (Imai, Keele & Tingley 2010): total,
 * direct and indirect effects, price elasticity, promotion lift, and the comparison of the mediator variants.
 */
export { compareVariants } from "./compareVariants";
export type { CompareVariantsOptions, VariantIntervals } from "./compareVariants";
export { counterfactualEffects } from "./counterfactualEffects";
export { counterfactualOutcome } from "./counterfactualOutcome";
export type { CounterfactualRun } from "./counterfactualOutcome";
export { priceElasticity, promotionLift } from "./priceAndPromotion";
