import { InvalidParameterError } from "../errors";
import type { Series, SeriesLike } from "../types";
import type { DesignInput } from "./designInput";
import { predictColumnMajor } from "./_internal/predictColumnMajor";
import { readDesign } from "./_internal/readDesign";

/**
 * Predictions of a linear model: intercept + X·coefficients, one value per row of X.
 *
 * Use it to score a fitted model on new weeks (a holdout, a scenario). O(n·p).
 *
 * @param X - design matrix `[rows][features]` on the same scale as the fit (plain arrays or ml-matrix)
 * @param intercept - the fitted intercept (0 for a model without one)
 * @param coefficients - one coefficient per column of X, `[features]`
 * @returns predictions, `[rows]`
 * @throws {InvalidParameterError} when X is empty or not finite, or coefficients do not match its columns
 * @example
 * predictLinear([[1, 2], [3, 4]], 0.5, [1, -1]); // => Float64Array [-0.5, -0.5]
 * @see https://en.wikipedia.org/wiki/Linear_regression
 */
export function predictLinear(X: DesignInput, intercept: number, coefficients: SeriesLike): Series {
  const design = readDesign(X);
  if (coefficients.length !== design.columns) {
    throw new InvalidParameterError(
      "coefficients",
      `There are ${coefficients.length} coefficients but X has ${design.columns} columns; give one per column.`
    );
  }
  return predictColumnMajor(design.data, design.rows, intercept, coefficients);
}
