import {
  ACTIVE_SET_SOLVES_PER_COEFFICIENT,
  GRAM_SOLVER_MAX_ITERATIONS,
  GRAM_SOLVER_TOLERANCE,
} from "./constants";
import { gramCoordinateDescent } from "./_internal/gramCoordinateDescent";
import { solveActiveSet } from "./_internal/solveActiveSet";

/** Options of {@link solveGram} (same names as `elasticNetGram`). */
export interface SolveGramOptions {
  readonly alpha: number;
  readonly l1Ratio: number;
  /** Per coefficient: constrained to ≥ 0. */
  readonly nonNegative: readonly boolean[];
  readonly initialCoefficients?: Float64Array;
}

/** Coefficients of an elastic net solved on a Gram matrix. */
export interface GramSolution {
  readonly coefficients: Float64Array;
  /** Linear solves of the active-set method, or coordinate-descent sweeps when it fell back. */
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Elastic net by cyclic coordinate descent on a (centred, standardised) Gram matrix, the objective of sklearn's
 * ElasticNet: 1/(2n)‖y − Xβ‖² + αρ‖β‖₁ + α(1−ρ)/2‖β‖², written with G = X'X and c = X'y only.
 *
 * Solved exactly by the active-set method (`solveActiveSet`: a few Cholesky solves, O(p³) each); the shared
 * coordinate-descent kernel (`gramCoordinateDescent`, the one behind `elasticNetGram`), warm-started, takes over
 * only when that gives up (a singular system without ridge, or cycling), with a coefficient-change stopping rule.
 * The model's penalised solver: its searches run thousands of these on small Grams.
 *
 * @param gram - p×p row-major X'X of centred columns
 * @param xty - X'y, `[p]`
 * @param n - rows behind the Gram (the 1/n of the loss)
 * @param options - alpha, l1Ratio, nonNegative per coefficient, warm start
 * @returns coefficients `[p]`, linear solves (active set) or sweeps (fallback) used, and whether it converged
 * @example
 * solveGram(new Float64Array([2]), new Float64Array([2]), 2, { alpha: 0, l1Ratio: 0, nonNegative: [false] });
 * // => { coefficients: [1], … }
 * @see Friedman, Hastie & Tibshirani (2010), Regularization Paths for GLMs via Coordinate Descent.
 */
export function solveGram(
  gram: Float64Array,
  xty: Float64Array,
  n: number,
  options: SolveGramOptions
): GramSolution {
  const p = xty.length;
  const l1 = options.alpha * options.l1Ratio * n;
  const l2 = options.alpha * (1 - options.l1Ratio) * n;
  let positiveDiagonal = true;
  for (let j = 0; j < p; j++) if (!((gram[j * p + j] as number) > 0)) positiveDiagonal = false;
  if (positiveDiagonal) {
    const exact = solveActiveSet(
      gram,
      xty,
      l1,
      l2,
      options.nonNegative,
      options.initialCoefficients,
      ACTIVE_SET_SOLVES_PER_COEFFICIENT * p + 10
    );
    if (exact)
      return { coefficients: exact.coefficients, iterations: exact.iterations, converged: true };
  }
  const fallback = gramCoordinateDescent(
    {
      gram,
      xty,
      l1,
      l2,
      nonNegative: options.nonNegative,
      maxIterations: GRAM_SOLVER_MAX_ITERATIONS,
      stopping: { kind: "largestChange", tolerance: GRAM_SOLVER_TOLERANCE },
    },
    options.initialCoefficients
  );
  return {
    coefficients: fallback.coefficients,
    iterations: fallback.iterations,
    converged: fallback.converged,
  };
}
