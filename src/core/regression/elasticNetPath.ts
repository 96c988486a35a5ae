import { InvalidParameterError } from "../errors";
import type { SeriesLike } from "../types";
import type { DesignInput } from "./designInput";
import type { ElasticNetFit, FitElasticNetOptions } from "./fitElasticNet";
import { prepareElasticNet, solveElasticNet } from "./_internal/elasticNetSolver";

/** Options of {@link elasticNetPath}: those of {@link fitElasticNet} without `alpha` (the path supplies it). */
export type ElasticNetPathOptions = Omit<FitElasticNetOptions, "alpha">;

/**
 * Elastic-net fits over many penalties, each warm-started from the previous one, as scikit-learn's `enet_path`.
 *
 * The design is read, centred and scaled once; the α values are solved from largest to smallest (where the solution
 * moves least between neighbours) and the fits are returned in the caller's order. `initialCoefficients`, if given,
 * warm-starts the largest α. Each fit is the same as {@link fitElasticNet} at that α up to the tolerance.
 *
 * @param X - design `[rows][features]`, not modified
 * @param y - outcome, `[rows]`
 * @param alphas - penalties α ≥ 0, any order, `[fits]`
 * @param options - as {@link fitElasticNet} without alpha
 * @returns one fit per α, in the order of `alphas`
 * @throws {InvalidParameterError} for a bad shape, a non-finite value, an empty or negative α, or a bad option
 * @example
 * elasticNetPath([[1], [2], [3], [4]], [2, 4, 6, 8], [1, 0.1], { l1Ratio: 1 }).map((f) => f.coefficients[0]);
 * // => [1.2, 1.92]
 * @see Friedman, Hastie, Tibshirani (2010), Regularization Paths for Generalized Linear Models via Coordinate Descent.
 */
export function elasticNetPath(
  X: DesignInput,
  y: SeriesLike,
  alphas: readonly number[],
  options: ElasticNetPathOptions = {}
): readonly ElasticNetFit[] {
  if (alphas.length === 0)
    throw new InvalidParameterError("alphas", "Give at least one alpha for the path.");
  alphas.forEach((alpha) => {
    if (!(alpha >= 0 && Number.isFinite(alpha))) {
      throw new InvalidParameterError(
        "alphas",
        `Every alpha must be a finite number, 0 or more (got ${alpha}).`
      );
    }
  });
  const problem = prepareElasticNet(X, y, options);
  const order = alphas
    .map((_, index) => index)
    .sort((a, b) => (alphas[b] as number) - (alphas[a] as number));
  const fits = new Array<ElasticNetFit>(alphas.length);
  let start: ArrayLike<number> | undefined = options.initialCoefficients;
  for (const index of order) {
    const fit = solveElasticNet(problem, alphas[index] as number, start);
    fits[index] = fit;
    start = fit.coefficients;
  }
  return fits;
}
