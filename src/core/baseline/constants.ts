/**
 * Settings of the "plain" two-stage mediation model ({@link plainTwoStage}), chosen to mirror what public MMM
 * notebooks and repositories do with scikit-learn: fixed adstock, no saturation, `StandardScaler` + `ElasticNet()`
 * with the library defaults, in-sample, and effects read off as coefficient products.
 */

/** One geometric decay for every channel, never tuned: the round 0.5 public notebooks hard-code. */
export const PLAIN_DECAY = 0.5;

/** scikit-learn's `ElasticNet()` default `alpha = 1.0`, on standardised features and the raw outcome. */
export const PLAIN_ALPHA = 1;

/** scikit-learn's `ElasticNet()` default `l1_ratio = 0.5`. */
export const PLAIN_L1_RATIO = 0.5;

/** scikit-learn's `ElasticNet()` default `tol = 1e-4` (duality gap relative to ‖y − ȳ‖²/n). */
export const PLAIN_TOLERANCE = 1e-4;

/** scikit-learn's `ElasticNet()` default `max_iter = 1000`. */
export const PLAIN_MAX_ITERATIONS = 1000;
