import { CholeskyDecomposition, Matrix as MlMatrix } from "ml-matrix";
import { NumericalError } from "../errors";
import type { Series, SeriesLike } from "../types";
import { SINGULAR_GRAM_TOLERANCE } from "./constants";
import type { DesignInput } from "./designInput";
import { checkPenalty, SINGULAR_RIDGE_MESSAGE } from "./_internal/checkPenalty";
import { ridgeProblem } from "./_internal/ridgeProblem";

/** Options of {@link fitRidge}. */
export interface FitRidgeOptions {
  /** λ ≥ 0 in ‖y − Xβ − b‖² + λ‖β‖² (scikit-learn Ridge's `alpha`). */
  readonly penalty: number;
  /** Fit an unpenalised intercept (columns and y are centred first). @defaultValue true */
  readonly intercept?: boolean;
  /**
   * Divide columns by their population standard deviation (ddof 0) before penalising and report coefficients on the
   * original scale; as `standardize` of {@link fitElasticNet}. @defaultValue false
   */
  readonly standardize?: boolean;
}

/** A ridge fit on the original scale of X and y. */
export interface RidgeFit {
  readonly intercept: number;
  /** β, `[features]`. */
  readonly coefficients: Series;
  /** The λ used. */
  readonly penalty: number;
  readonly fitted: Series;
  readonly residuals: Series;
  /** 1 − RSS/TSS on the training rows. */
  readonly r2: number;
}

/**
 * Ridge regression in closed form: solves (XᵀX + λI)β = Xᵀy on centred (and optionally standardised) columns by
 * Cholesky (ml-matrix), with the objective of scikit-learn's Ridge, ‖y − Xβ − b‖² + λ‖β‖². O(n·p² + p³).
 *
 * @param X - design `[rows][features]` (plain arrays or ml-matrix), not modified
 * @param y - outcome, `[rows]`
 * @param options - penalty (required), intercept, standardize
 * @returns the fit on the original scale
 * @throws {InvalidParameterError} for a bad shape, a non-finite value or a negative penalty
 * @throws {NumericalError} when the penalty is 0 and XᵀX is singular (collinear columns or p > n)
 * @example
 * fitRidge([[1], [2], [3], [4]], [2, 4, 6, 8], { penalty: 5 }).coefficients; // => Float64Array [1]  (2·5/(5+5))
 * @see Hoerl, Kennard (1970), Ridge Regression: Biased Estimation for Nonorthogonal Problems, Technometrics 12(1).
 */
export function fitRidge(X: DesignInput, y: SeriesLike, options: FitRidgeOptions): RidgeFit {
  const { penalty } = options;
  checkPenalty(penalty);
  const { prepared, toFit } = ridgeProblem(X, y, options);
  const { rows, columns, data } = prepared;
  const gram = new MlMatrix(columns, columns);
  const rhs = new MlMatrix(columns, 1);
  let largestDiagonal = 0;
  for (let j = 0; j < columns; j++) {
    for (let k = j; k < columns; k++) {
      let dot = 0;
      for (let i = 0; i < rows; i++)
        dot += (data[j * rows + i] as number) * (data[k * rows + i] as number);
      gram.set(j, k, dot + (j === k ? penalty : 0));
      gram.set(k, j, dot + (j === k ? penalty : 0));
    }
    largestDiagonal = Math.max(largestDiagonal, gram.get(j, j));
    let dot = 0;
    for (let i = 0; i < rows; i++)
      dot += (data[j * rows + i] as number) * (prepared.y[i] as number);
    rhs.set(j, 0, dot);
  }
  const cholesky = new CholeskyDecomposition(gram);
  let smallestPivot = Infinity;
  for (let j = 0; j < columns; j++)
    smallestPivot = Math.min(smallestPivot, cholesky.lowerTriangularMatrix.get(j, j) ** 2);
  if (
    !cholesky.isPositiveDefinite() ||
    smallestPivot <= SINGULAR_GRAM_TOLERANCE * largestDiagonal
  ) {
    throw new NumericalError(SINGULAR_RIDGE_MESSAGE);
  }
  const solution = Float64Array.from(cholesky.solve(rhs).getColumn(0));
  return toFit(penalty, solution);
}
