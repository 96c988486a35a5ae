/**
 * Parameter ranges and defaults of the adstock and saturation transforms. Each range says where it comes from, so a
 * reader can tell a mathematical limit (the function is undefined outside it) from a search convention (where a
 * hyper-parameter search should look).
 */
import type { ParameterBound } from "./parameterBound";

/**
 * Geometric decay (α in Jin et al. 2017): a share carried into the next week, so it must lie in [0, 1); at 1 the
 * carry-over never fades. The search range [0, 0.9] is Robyn's suggested range for most media (digital 0–0.3,
 * TV 0.3–0.8).
 */
export const DECAY_BOUND: ParameterBound = {
  lower: 0,
  upper: 1,
  lowerInclusive: true,
  upperInclusive: false,
  integer: false,
  searchLower: 0,
  searchUpper: 0.9,
  description: "share of a week's effect carried into the next week",
};

/**
 * Weeks of carry-over after the spend week: a whole number ≥ 0 (`Infinity` for geometric means no cut-off).
 * The search range 0–12 weeks covers the carry-over lengths reported for paid media (Jin et al. 2017 use L = 13).
 */
export const MAX_LAG_BOUND: ParameterBound = {
  lower: 0,
  upper: Infinity,
  lowerInclusive: true,
  upperInclusive: true,
  integer: true,
  searchLower: 0,
  searchUpper: 12,
  description: "weeks of carry-over kept after the spend week",
};

/**
 * Weibull shape (k): must be ≥ 0; Robyn treats 0 as "no carry-over at all" (all weights 0). The search range
 * [0.0001, 10] is Robyn's recommendation when every shape is allowed (transformation.R, adstock_weibull docs).
 */
export const WEIBULL_SHAPE_BOUND: ParameterBound = {
  lower: 0,
  upper: Infinity,
  lowerInclusive: true,
  upperInclusive: true,
  integer: false,
  searchLower: 0.0001,
  searchUpper: 10,
  description: "Weibull shape: small values decay fast then slowly, large values hold then drop",
};

/**
 * Weibull scale as a share of the carry-over window (Robyn's relative scale): a quantile level in [0, 1]. The
 * search range [0, 0.1] is Robyn's "very conservative" recommendation, because scale stretches the half-life fast.
 */
export const WEIBULL_SCALE_BOUND: ParameterBound = {
  lower: 0,
  upper: 1,
  lowerInclusive: true,
  upperInclusive: true,
  integer: false,
  searchLower: 0,
  searchUpper: 0.1,
  description: "Weibull scale as a share of the carry-over window",
};

/**
 * Hill half-saturation (k, Robyn's γ after rescaling): the adstocked spend at which half the maximum response is
 * reached, in spend units, so it must be > 0. Search between 0.3 and 3 × the mean nonzero adstocked spend is a
 * convention of this project (callers rescale by that mean); the bounds here are in those relative units.
 */
export const HALF_SATURATION_BOUND: ParameterBound = {
  lower: 0,
  upper: Infinity,
  lowerInclusive: false,
  upperInclusive: true,
  integer: false,
  searchLower: 0.3,
  searchUpper: 3,
  description: "spend at which half the maximum response is reached",
};

/**
 * Hill shape (s, Robyn's α): > 0; below 1 the curve is concave from the start (C-shape), above 1 it is S-shaped.
 * Search range [0.5, 3] is Robyn's recommended range for alpha.
 */
export const HILL_SHAPE_BOUND: ParameterBound = {
  lower: 0,
  upper: Infinity,
  lowerInclusive: false,
  upperInclusive: true,
  integer: false,
  searchLower: 0.5,
  searchUpper: 3,
  description: "Hill shape: below 1 concave, above 1 S-shaped",
};

/**
 * Logistic steepness (λ in pymc-marketing's logistic_saturation), per spend unit: > 0. Search range assumes the
 * spend is scaled to a mean of about 1 (pymc-marketing scales channels by their maximum), where 0.1–5 spans almost
 * linear to almost flat.
 */
export const LOGISTIC_STEEPNESS_BOUND: ParameterBound = {
  lower: 0,
  upper: Infinity,
  lowerInclusive: false,
  upperInclusive: true,
  integer: false,
  searchLower: 0.1,
  searchUpper: 5,
  description: "how fast the logistic curve bends, per spend unit",
};

/** Default geometric decay: 0.3, the middle of Robyn's digital range and the low end of its TV range. */
export const DEFAULT_DECAY = 0.3;

/** Default carry-over window: 8 weeks, beyond which 0.3^9 ≈ 2e-5 of a week's spend is left. */
export const DEFAULT_MAX_LAG = 8;

/** Default Weibull shape: 2, a hump-shaped PDF (delayed peak) and an S-shaped CDF decay. */
export const DEFAULT_WEIBULL_SHAPE = 2;

/** Default Weibull relative scale: 0.1, the top of Robyn's conservative range. */
export const DEFAULT_WEIBULL_SCALE = 0.1;

/** Default Hill half-saturation: 1, i.e. the mean nonzero adstocked spend when the caller rescales by it. */
export const DEFAULT_HALF_SATURATION = 1;

/** Default Hill shape: 1 (Michaelis–Menten: concave, no S). */
export const DEFAULT_HILL_SHAPE = 1;

/** Default logistic steepness: 1 per scaled spend unit (pymc-marketing's default prior centre is around 1–4). */
export const DEFAULT_LOGISTIC_STEEPNESS = 1;
