/**
 * The shapes of the scikit-learn golden cases in test/fixtures (written by
 * test/fixtures/scripts/makeRegressionFixtures.py) and their readers, shared by the tests that replay them.
 */
import { readFixture } from "./reference";

/** ridge.json: sklearn Ridge(alpha=penalty, solver="svd") per penalty; standardize emulated with StandardScaler. */
export interface RidgeCase {
  readonly name: string;
  readonly X: number[][];
  readonly y: number[];
  readonly penalties: number[];
  readonly fit_intercept: boolean;
  readonly standardize: boolean;
  readonly coefficients: number[][];
  readonly intercepts: number[];
}

/** elasticNet.json `fits`: one sklearn ElasticNet(alpha, l1_ratio, positive, fit_intercept, tol=1e-14) fit each. */
export interface ElasticNetFitCase {
  readonly name: string;
  readonly X: number[][];
  readonly y: number[];
  readonly alpha: number;
  readonly l1Ratio: number;
  readonly positive: boolean | boolean[];
  readonly fit_intercept: boolean;
  readonly standardize: boolean;
  readonly coefficients: number[];
  readonly intercept: number;
}

/** elasticNet.json `paths`: one sklearn ElasticNet(tol=1e-14) fit per alpha. */
export interface ElasticNetPathCase {
  readonly name: string;
  readonly X: number[][];
  readonly y: number[];
  readonly alphas: number[];
  readonly l1Ratio: number;
  readonly positive: boolean;
  readonly fit_intercept: boolean;
  readonly coefficients: number[][];
  readonly intercepts: number[];
}

/** The ridge golden cases. */
export function readRidgeCases(): RidgeCase[] {
  return readFixture<{ cases: RidgeCase[] }>("ridge.json").cases;
}

/** The elastic-net golden single fits. */
export function readElasticNetFits(): ElasticNetFitCase[] {
  return readFixture<{ fits: ElasticNetFitCase[] }>("elasticNet.json").fits;
}

/** The elastic-net golden paths (several alphas on one problem). */
export function readElasticNetPaths(): ElasticNetPathCase[] {
  return readFixture<{ paths: ElasticNetPathCase[] }>("elasticNet.json").paths;
}
