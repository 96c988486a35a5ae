import type { SeriesLike } from "../../types";
import type { DesignInput } from "../designInput";
import type { FitRidgeOptions, RidgeFit } from "../fitRidge";
import { backTransform, centerAndScale, type PreparedProblem } from "./centerAndScale";
import { fitStatistics } from "./fitStatistics";
import { readDesign, readOutcome } from "./readDesign";

/** A ridge problem on prepared columns and how a solution on them becomes a {@link RidgeFit}. */
export interface RidgeProblem {
  /** Centred (and, with `standardize`, scaled) column-major design and outcome. */
  readonly prepared: PreparedProblem;
  /** The fit on the original scale from β on the prepared columns, `[features]`, at penalty λ. */
  readonly toFit: (penalty: number, solution: Float64Array) => RidgeFit;
}

/**
 * Reads and prepares X and y the way every ridge solver here does (fitRidge by Cholesky, ridgePath by SVD): the
 * intercept by centring (default true), optional standardisation (default false); and maps a solution back to the
 * original scale with its fitted values, residuals and R².
 *
 * @param X - design `[rows][features]`, not modified
 * @param y - outcome, `[rows]`
 * @param options - intercept, standardize
 * @returns the prepared problem and its solution-to-fit map
 * @throws {InvalidParameterError} for a bad shape or a non-finite value
 * @example
 * ridgeProblem([[1], [2]], [2, 4], {}).toFit(0, Float64Array.of(2)).intercept; // => 0
 * @see scikit-learn Ridge (`fit_intercept` centres X and y; the intercept is ȳ − x̄'β).
 */
export function ridgeProblem(
  X: DesignInput,
  y: SeriesLike,
  options: Omit<FitRidgeOptions, "penalty">
): RidgeProblem {
  const design = readDesign(X);
  const outcome = readOutcome(y, design.rows);
  const prepared = centerAndScale(design, outcome, {
    intercept: options.intercept ?? true,
    standardize: options.standardize ?? false,
  });
  return {
    prepared,
    toFit: (penalty, solution) => {
      const { intercept, coefficients } = backTransform(prepared, solution);
      return {
        intercept,
        coefficients,
        penalty,
        ...fitStatistics(design, outcome, intercept, coefficients),
      };
    },
  };
}
