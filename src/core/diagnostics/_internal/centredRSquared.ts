import { Matrix, SingularValueDecomposition } from "ml-matrix";
import { CONSTANT_COLUMN_TOLERANCE } from "../constants";
import type { Series } from "../../types";

/** Mean of a series. */
export function mean(values: Series): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** True when a column has no spread (an intercept or a never-used channel), relative to its size. */
export function isConstantColumn(values: Series): boolean {
  const centre = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - centre) ** 2;
  return Math.sqrt(squares / values.length) <= CONSTANT_COLUMN_TOLERANCE * (1 + Math.abs(centre));
}

/**
 * R² of the least-squares regression of `y` on a constant and `columns` (centred R², as statsmodels' `rsquared`
 * when the model has a constant). Works on centred data, which is the same fit as adding a column of ones and is
 * better conditioned; solved by SVD with ml-matrix's default cut-off, so collinear columns give the minimum-norm
 * fit like statsmodels' default `pinv` method. O(n·k²).
 */
export function centredRSquared(y: Series, columns: readonly Series[]): number {
  const n = y.length;
  const yMean = mean(y);
  const centredY = Matrix.columnVector(Array.from(y, (value) => value - yMean));
  const totalSquares = centredY.norm() ** 2;
  if (columns.length === 0 || totalSquares === 0) return 0;
  const design = new Matrix(n, columns.length);
  columns.forEach((column, j) => {
    const columnMean = mean(column);
    for (let t = 0; t < n; t++) design.set(t, j, (column[t] as number) - columnMean);
  });
  const beta = new SingularValueDecomposition(design, { autoTranspose: true }).solve(centredY);
  const residual = centredY.sub(design.mmul(beta));
  return 1 - residual.norm() ** 2 / totalSquares;
}
