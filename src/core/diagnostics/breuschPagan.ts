import { InvalidParameterError } from "../errors";
import type { SeriesLike } from "../types";
import { centredRSquared, isConstantColumn } from "./_internal/centredRSquared";
import { checkResiduals } from "./_internal/checkResiduals";
import { designColumns, type DesignMatrix } from "./_internal/designColumns";
import { chiSquareUpperTail } from "./_internal/upperTail";

/** Result of the Breusch–Pagan test. */
export interface BreuschPaganResult {
  /** Lagrange-multiplier statistic LM = n · R² of e² regressed on a constant and X (Koenker's studentised form). */
  readonly statistic: number;
  /** P(χ²_df > LM); small values mean the error size changes with the regressors. */
  readonly pValue: number;
  /** Number of non-constant columns of X used. */
  readonly degreesOfFreedom: number;
}

/**
 * Breusch–Pagan test for heteroskedasticity: does the size of the residuals depend on the regressors?
 *
 * Squared residuals are regressed on a constant plus the columns of X, and LM = n · R². This is the studentised
 * (Koenker 1981) version, which does not assume normal errors: exactly statsmodels
 * `het_breuschpagan(resid, add_constant(X))` with its default `robust=True` (and R `lmtest::bptest` defaults).
 * The constant is added here: pass X without an intercept column (a constant column, if present, is dropped).
 * Degrees of freedom = non-constant columns, assuming they are not collinear. O(n·p²).
 *
 * @param residuals - model residuals: `[periods]`, finite, not all equal
 * @param X - regressors the variance might depend on, usually the model's design: `[periods][features]`
 * @returns LM statistic, p-value (jStat χ²) and degrees of freedom
 * @throws {InvalidParameterError} when X's rows do not match the residuals, X has a non-finite value or no
 *   non-constant column, or the residuals are non-finite or all equal
 * @example
 * breuschPagan([1, -1, 2, -2, 3, -3], [[1], [1], [2], [2], [3], [3]]).degreesOfFreedom; // => 1
 * @see Breusch, T. S. & Pagan, A. R. (1979), Econometrica 47(5); Koenker, R. (1981), J. Econometrics 17(1).
 */
export function breuschPagan(residuals: SeriesLike, X: DesignMatrix): BreuschPaganResult {
  const e = checkResiduals(residuals, 3, "The Breusch–Pagan test");
  const columns = designColumns(X, e.length).filter((column) => !isConstantColumn(column));
  if (columns.length === 0) {
    throw new InvalidParameterError(
      "X",
      "The Breusch–Pagan test needs at least one regressor that varies from week to week."
    );
  }
  const squared = e.map((value) => value * value);
  const statistic = e.length * centredRSquared(squared, columns);
  const degreesOfFreedom = columns.length;
  return { statistic, pValue: chiSquareUpperTail(statistic, degreesOfFreedom), degreesOfFreedom };
}
