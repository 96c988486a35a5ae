/**
 * regression/: the linear solvers every model in the add-in is built on, each checked against scikit-learn or
 * statsmodels (test/fixtures/regression, written by test/fixtures/scripts/makeRegressionFixtures.py).
 *
 * - {@link fitOls}: least squares by QR with standard errors, t and p values; aliased columns are set aside as in R.
 * - {@link fitRidge} / {@link ridgePath}: ridge in closed form, or for many penalties from one SVD.
 * - {@link fitElasticNet} / {@link elasticNetPath}: scikit-learn's ElasticNet objective by coordinate descent, with
 *   per-coefficient non-negativity, intercept, standardisation and warm-started paths.
 * - {@link elasticNetGram}: the same solver on X'X and X'y, for hyperparameter searches with thousands of small fits.
 * - {@link predictLinear}: intercept + X·β.
 * Inputs are plain row-major arrays or ml-matrix matrices and are never modified; fits report on the original scale.
 * To add a solver: one file named after its export, options with defaults in constants.ts, a fixture case in the
 * script (re-run it with /usr/bin/python3), and a test that reads it and reports the agreement.
 */
export {
  CONSTANT_COLUMN_EPSILONS,
  DEFAULT_ELASTIC_NET_TOLERANCE,
  DEFAULT_L1_RATIO,
  DEFAULT_MAX_ITERATIONS,
  RANK_TOLERANCE,
  SINGULAR_GRAM_TOLERANCE,
  SINGULAR_VALUE_TOLERANCE,
} from "./constants";
export type { DesignInput } from "./designInput";
export {
  elasticNetGram,
  type ElasticNetGramFit,
  type ElasticNetGramOptions,
} from "./elasticNetGram";
export { elasticNetPath, type ElasticNetPathOptions } from "./elasticNetPath";
export type { ElasticNetSolverOptions } from "./elasticNetSolverOptions";
export { fitElasticNet, type ElasticNetFit, type FitElasticNetOptions } from "./fitElasticNet";
export { fitOls, type FitOlsOptions, type OlsFit } from "./fitOls";
export { fitRidge, type FitRidgeOptions, type RidgeFit } from "./fitRidge";
export { predictLinear } from "./predictLinear";
export { ridgePath, type RidgePathOptions } from "./ridgePath";
// Single-equation estimates on raw weekly series behind MMM.ELASTICITY, MMM.LIFT and MMM.MEDIATION (quick versions
// of what the full model does); their arguments are checked by _internal/checkSeries.ts.
export { logLinearLift, type LiftEstimate, type LogLinearLiftOptions } from "./logLinearLift";
export {
  logLogElasticity,
  type CoefficientEstimate,
  type LogLogElasticityOptions,
} from "./logLogElasticity";
export {
  simpleMediation,
  type SimpleMediationOptions,
  type SimpleMediationResult,
} from "./simpleMediation";
