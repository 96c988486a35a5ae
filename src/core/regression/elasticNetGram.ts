import { InvalidParameterError } from "../errors";
import type { Series } from "../types";
import type { ElasticNetSolverOptions } from "./elasticNetSolverOptions";
import { gramCoordinateDescent } from "./_internal/gramCoordinateDescent";
import { resolveElasticNetOptions } from "./_internal/resolveElasticNetOptions";

/** Options of {@link elasticNetGram}: the penalty options plus ‖y‖², which the Gram form cannot recover. */
export interface ElasticNetGramOptions extends ElasticNetSolverOptions {
  /**
   * ‖y‖² of the (centred) outcome the Gram matrix was built with. It scales the stopping rule (gap ≤ tolerance·‖y‖²)
   * and enters the duality gap, exactly as `y` does in scikit-learn's `enet_coordinate_descent_gram`.
   */
  readonly outcomeSumOfSquares: number;
}

/** Result of {@link elasticNetGram}, on the scale of the columns the Gram matrix was built from. */
export interface ElasticNetGramFit {
  /** β, `[features]`. */
  readonly coefficients: Series;
  /** Sweeps run. */
  readonly iterations: number;
  /** Whether the duality gap fell to tolerance·‖y‖². */
  readonly converged: boolean;
  /** Duality gap at the last check, on the objective's 1/(2n) scale. */
  readonly dualityGap: number;
}

/**
 * Elastic net from sufficient statistics: covariance-update coordinate descent (the shared `gramCoordinateDescent`
 * kernel) on a precomputed Gram matrix X'X and X'y, what scikit-learn does with `precompute=True`. Made for hyperparameter searches that run thousands of small
 * fits: a sweep costs O(p²) whatever n is, and nothing is allocated per sweep.
 *
 * The caller centres (and, if wanted, scales) X and y; there is no intercept here. Same objective, positivity and
 * stopping rule as {@link fitElasticNet}, so with the Gram of the centred columns the two agree to the tolerance.
 *
 * @param gram - X'X, `p × p` row-major, symmetric with a non-negative diagonal, not modified
 * @param xty - X'y, `[features]`, not modified
 * @param n - number of rows the statistics were summed over (the 1/(2n) of the objective)
 * @param options - alpha, l1Ratio, nonNegative, maxIterations, tolerance, initialCoefficients, outcomeSumOfSquares
 * @returns coefficients, iterations, converged, dualityGap
 * @throws {InvalidParameterError} when the shapes disagree, n is not a whole number ≥ 1, a statistic is not finite,
 *   or an option is out of range
 * @example
 * // x = [-1.5, -0.5, 0.5, 1.5], y = 2x: X'X = 5, X'y = 10, ‖y‖² = 20
 * elasticNetGram(Float64Array.of(5), Float64Array.of(10), 4, { alpha: 0.1, l1Ratio: 1, outcomeSumOfSquares: 20 })
 *   .coefficients; // => Float64Array [1.92]
 * @see Friedman, Hastie, Tibshirani (2010), §2.2 "covariance updates"; scikit-learn `_cd_fast.enet_coordinate_descent_gram`.
 */
export function elasticNetGram(
  gram: Float64Array,
  xty: Float64Array,
  n: number,
  options: ElasticNetGramOptions
): ElasticNetGramFit {
  const p = xty.length;
  if (gram.length !== p * p) {
    throw new InvalidParameterError(
      "gram",
      `gram has ${gram.length} entries; with ${p} features it needs ${p * p}.`
    );
  }
  if (!(Number.isInteger(n) && n >= 1)) {
    throw new InvalidParameterError(
      "n",
      `n must be the number of rows, a whole number 1 or more (got ${n}).`
    );
  }
  const yy = options.outcomeSumOfSquares;
  if (!(yy >= 0 && Number.isFinite(yy)) || !allFinite(gram) || !allFinite(xty)) {
    throw new InvalidParameterError(
      "gram",
      "gram, xty and outcomeSumOfSquares must hold finite numbers (outcomeSumOfSquares 0 or more)."
    );
  }
  const settings = resolveElasticNetOptions(options, p);
  const { nonNegative, maxIterations, tolerance } = settings;
  const l1 = settings.alpha * settings.l1Ratio * n;
  const l2 = settings.alpha * (1 - settings.l1Ratio) * n;
  const initial = options.initialCoefficients;
  // A coordinate with a zero diagonal never moves, so its penalised optimum is 0 whatever the warm start said.
  const start = new Float64Array(p);
  for (let j = 0; j < p; j++)
    start[j] = (gram[j * p + j] as number) > 0 && initial ? (initial[j] as number) : 0;
  const result = gramCoordinateDescent(
    {
      gram,
      xty,
      l1,
      l2,
      nonNegative,
      maxIterations,
      stopping: { kind: "dualityGap", tolerance, outcomeSumOfSquares: yy },
    },
    start
  );
  return {
    coefficients: result.coefficients,
    iterations: result.iterations,
    converged: result.converged,
    dualityGap: result.dualityGap / n,
  };
}

/** True when every entry is a finite number (a plain loop: this kernel runs thousands of times per search). */
function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}
