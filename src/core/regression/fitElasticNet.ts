import type { Series, SeriesLike } from "../types";
import type { DesignInput } from "./designInput";
import type { ElasticNetSolverOptions } from "./elasticNetSolverOptions";
import { prepareElasticNet, solveElasticNet } from "./_internal/elasticNetSolver";

/** Options of {@link fitElasticNet}: the penalty (see {@link ElasticNetSolverOptions}) plus intercept and scaling. */
export interface FitElasticNetOptions extends ElasticNetSolverOptions {
  /** Fit an unpenalised intercept b (columns and y are centred first, as in scikit-learn). @defaultValue true */
  readonly intercept?: boolean;
  /**
   * Divide each column by its population standard deviation (ddof 0, about its mean) before penalising, so the
   * penalty treats columns alike whatever their units; coefficients and intercept are reported on the original
   * scale (β_j = β̃_j / sd_j). Constant columns are left unscaled. With `intercept: false` columns are scaled but not
   * centred. Same as scikit-learn's StandardScaler(with_mean=intercept) + ElasticNet, then back-transforming.
   * @defaultValue false
   */
  readonly standardize?: boolean;
}

/** An elastic-net fit, reported on the original scale of X and y. */
export interface ElasticNetFit {
  /** b, the unpenalised intercept (0 without one). */
  readonly intercept: number;
  /** β, one per column of X, `[features]`. */
  readonly coefficients: Series;
  /** The α this fit used. */
  readonly alpha: number;
  /** The ρ this fit used. */
  readonly l1Ratio: number;
  /** Coordinate-descent sweeps run (one sweep updates every coefficient once). */
  readonly iterations: number;
  /** Whether the duality gap fell to tolerance·‖y − ȳ‖²/n; when false the coefficients are the last iterate. */
  readonly converged: boolean;
  /** Duality gap at the last check on the objective's scale (1/(2n)-scaled): an upper bound on the suboptimality. */
  readonly dualityGap: number;
  /** Fitted values b + Xβ, `[rows]`. */
  readonly fitted: Series;
  /** y − fitted, `[rows]`. */
  readonly residuals: Series;
  /** 1 − RSS/TSS on the training rows. */
  readonly r2: number;
}

/**
 * Elastic net (lasso when l1Ratio = 1) by cyclic coordinate descent, with the objective of scikit-learn's ElasticNet
 * 1/(2n)·‖y − Xβ − b‖² + α·ρ·‖β‖₁ + α·(1 − ρ)/2·‖β‖², optional non-negativity per coefficient, intercept and
 * standardisation. Hand-written because no JS library offers scikit-learn's objective with per-coefficient positivity.
 *
 * Non-convergence is a status (`converged: false`, `iterations`), not an error. X'X and X'y are summed once
 * (O(n·p²)); then the shared Gram kernel runs at O(p²) per sweep, as scikit-learn does with `precompute` when n > p.
 *
 * @param X - design `[rows][features]` (plain arrays or ml-matrix), not modified
 * @param y - outcome, `[rows]`
 * @param options - alpha (required), l1Ratio, nonNegative, intercept, standardize, maxIterations, tolerance,
 *   initialCoefficients (a warm start on the original scale)
 * @returns the fit on the original scale
 * @throws {InvalidParameterError} for a bad shape, a non-finite value, or an option out of range
 * @example
 * fitElasticNet([[1], [2], [3], [4]], [2, 4, 6, 8], { alpha: 0.1, l1Ratio: 1 }).coefficients;
 * // => Float64Array [1.92]  (lasso: 2 shrunk by α/var(x) = 0.1/1.25)
 * @see Friedman, Hastie, Tibshirani (2010), Regularization Paths for Generalized Linear Models via Coordinate
 *   Descent, J. Stat. Softw. 33(1); scikit-learn `sklearn.linear_model.ElasticNet`.
 */
export function fitElasticNet(
  X: DesignInput,
  y: SeriesLike,
  options: FitElasticNetOptions
): ElasticNetFit {
  const problem = prepareElasticNet(X, y, options);
  return solveElasticNet(problem, problem.settings.alpha, options.initialCoefficients);
}
