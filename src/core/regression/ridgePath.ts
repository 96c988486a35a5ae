import { Matrix as MlMatrix, SingularValueDecomposition } from "ml-matrix";
import { InvalidParameterError, NumericalError } from "../errors";
import type { SeriesLike } from "../types";
import { SINGULAR_VALUE_TOLERANCE } from "./constants";
import type { DesignInput } from "./designInput";
import type { FitRidgeOptions, RidgeFit } from "./fitRidge";
import { checkPenalty, SINGULAR_RIDGE_MESSAGE } from "./_internal/checkPenalty";
import { ridgeProblem } from "./_internal/ridgeProblem";

/** Options of {@link ridgePath}: those of {@link fitRidge} without `penalty` (the path supplies it). */
export type RidgePathOptions = Omit<FitRidgeOptions, "penalty">;

/**
 * Ridge fits for many penalties from one thin SVD of the prepared design, X̃ = U·diag(s)·Vᵀ:
 * β(λ) = V·diag(s/(s² + λ))·Uᵀỹ. After the O(n·p·min(n, p)) decomposition each penalty costs O(p·min(n, p)).
 *
 * @param X - design `[rows][features]`, not modified
 * @param y - outcome, `[rows]`
 * @param penalties - λ values ≥ 0, any order, `[fits]`
 * @param options - intercept (default true), standardize (default false)
 * @returns one {@link RidgeFit} per penalty, in the given order; each equals {@link fitRidge} at that penalty
 * @throws {InvalidParameterError} for a bad shape, a non-finite value, no penalties or a negative one
 * @throws {NumericalError} when a penalty is 0 and the design is rank deficient
 * @example
 * ridgePath([[1], [2], [3], [4]], [2, 4, 6, 8], [0, 5]).map((fit) => fit.coefficients[0]); // => [2, 1]
 * @see Hastie, Tibshirani, Friedman (2009), The Elements of Statistical Learning, §3.4.1 (ridge via the SVD).
 */
export function ridgePath(
  X: DesignInput,
  y: SeriesLike,
  penalties: readonly number[],
  options: RidgePathOptions = {}
): readonly RidgeFit[] {
  if (penalties.length === 0)
    throw new InvalidParameterError("penalties", "Give at least one penalty for the path.");
  penalties.forEach(checkPenalty);
  const { prepared, toFit } = ridgeProblem(X, y, options);
  const { rows, columns, data } = prepared;
  const matrix = new MlMatrix(rows, columns);
  for (let j = 0; j < columns; j++)
    for (let i = 0; i < rows; i++) matrix.set(i, j, data[j * rows + i] as number);
  const svd = new SingularValueDecomposition(matrix, { autoTranspose: true });
  const values = svd.diagonal;
  const left = svd.leftSingularVectors;
  const right = svd.rightSingularVectors;
  const largest = values.reduce((a, b) => Math.max(a, b), 0);
  const rank = values.filter((s) => s > SINGULAR_VALUE_TOLERANCE * largest).length;
  const projected = values.map((_, k) => {
    let dot = 0;
    for (let i = 0; i < rows; i++) dot += left.get(i, k) * (prepared.y[i] as number);
    return dot;
  });
  return penalties.map((penalty) => {
    if (penalty === 0 && rank < columns) throw new NumericalError(SINGULAR_RIDGE_MESSAGE);
    const solution = new Float64Array(columns);
    values.forEach((s, k) => {
      if (s === 0) return;
      const weight = (s / (s * s + penalty)) * (projected[k] as number);
      for (let j = 0; j < columns; j++)
        solution[j] = (solution[j] as number) + right.get(j, k) * weight;
    });
    return toFit(penalty, solution);
  });
}
