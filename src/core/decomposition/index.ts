/**
 * Weekly contributions of a fitted model that add up to its fitted values (additive terms, or shares of the
 * log-scale predictor in the multiplicative form).
 */
export {
  ADDITIVE_ATTRIBUTION,
  MULTIPLICATIVE_ATTRIBUTION,
  decomposeContributions,
  revenuePerLinearUnit,
} from "./decomposeContributions";
