/**
 * Weekly contributions of a fitted model, each driver measured against a stated reference (controls: their mean or a
 * user's base; media: zero spend; trend and seasonality: their mean), that add up to its fitted values.
 */
export {
  ADDITIVE_ATTRIBUTION,
  MULTIPLICATIVE_ATTRIBUTION,
  decomposeContributions,
  revenuePerLinearUnit,
  type DecomposeContributionsOptions,
} from "./decomposeContributions";
export { validateContributionBase } from "./validateContributionBase";
export {
  contributionParts,
  referenceText,
  type ContributionPart,
  type ContributionPartKind,
} from "./contributionParts";
