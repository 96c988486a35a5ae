import {
  ACTIVE_SET_SOLVES_PER_COEFFICIENT,
  SOLVER_MAX_ITERATIONS,
  SOLVER_TOLERANCE,
} from "../constants";
import { solveActiveSet } from "./solveActiveSet";

// Bound once: in sandboxed hosts (jest's vm context, some workers) every global lookup in a hot loop is slow.
const { abs, max, sign } = Math;

/** Options of the Gram coordinate descent (same names as regression's `elasticNetGram`). */
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
 * Solved exactly by the active-set method (`solveActiveSet`: a few Cholesky solves, O(p³) each); coordinate
 * descent, warm-started, takes over only when that gives up (a singular system without ridge, or cycling).
 * A private stand-in for regression's `elasticNetGram` (same contract) so the model does not wait on it.
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
  return coordinateDescent(gram, xty, l1, l2, options);
}

function coordinateDescent(
  gram: Float64Array,
  xty: Float64Array,
  l1: number,
  l2: number,
  options: SolveGramOptions
): GramSolution {
  const p = xty.length;
  const beta = options.initialCoefficients
    ? Float64Array.from(options.initialCoefficients)
    : new Float64Array(p);
  // gradientPart[j] = Σ_k G_jk β_k, kept current as coefficients move.
  const gradientPart = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const value = beta[j] as number;
    if (value !== 0)
      for (let k = 0; k < p; k++)
        gradientPart[k] = (gradientPart[k] as number) + gram[k * p + j]! * value;
  }
  // Constants read once: module bindings can be slow getters under some loaders.
  const maxIterations = SOLVER_MAX_ITERATIONS;
  const tolerance = SOLVER_TOLERANCE;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let largestChange = 0;
    let largestValue = 0;
    for (let j = 0; j < p; j++) {
      const diagonal = gram[j * p + j] as number;
      if (!(diagonal > 0)) continue;
      const old = beta[j] as number;
      const z = (xty[j] as number) - (gradientPart[j] as number) + diagonal * old;
      let next = sign(z) * max(abs(z) - l1, 0);
      next /= diagonal + l2;
      if (options.nonNegative[j] && next < 0) next = 0;
      const change = next - old;
      if (change !== 0) {
        beta[j] = next;
        for (let k = 0; k < p; k++)
          gradientPart[k] = (gradientPart[k] as number) + gram[k * p + j]! * change;
        largestChange = max(largestChange, abs(change));
      }
      largestValue = max(largestValue, abs(next));
    }
    if (largestChange <= tolerance * max(1, largestValue)) {
      converged = true;
      break;
    }
  }
  return { coefficients: beta, iterations, converged };
}
