import { InvalidParameterError } from "../errors";
import type { Series } from "../types";
import type { ElasticNetSolverOptions } from "./elasticNetSolverOptions";
import { checkDualityGap } from "./_internal/checkDualityGap";
import { coordinateUpdate } from "./_internal/coordinateUpdate";
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
 * Elastic net from sufficient statistics: covariance-update coordinate descent on a precomputed Gram matrix X'X and
 * X'y, what scikit-learn does with `precompute=True`. Made for hyperparameter searches that run thousands of small
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
  const w = new Float64Array(p);
  const initial = options.initialCoefficients;
  for (let j = 0; j < p; j++)
    w[j] = (gram[j * p + j] as number) > 0 && initial ? (initial[j] as number) : 0;
  // h = X'X·w, kept up to date so each coordinate step is O(p).
  const h = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const wj = w[j] as number;
    if (wj !== 0)
      for (let k = 0; k < p; k++) h[k] = (h[k] as number) + wj * (gram[j * p + k] as number);
  }
  const correlations = new Float64Array(p);
  let gap = Infinity;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let largest = 0;
    let largestChange = 0;
    for (let j = 0; j < p; j++) {
      const diagonal = gram[j * p + j] as number;
      if (diagonal === 0) continue;
      const old = w[j] as number;
      const target = (xty[j] as number) - (h[j] as number) + old * diagonal;
      const next = coordinateUpdate(target, diagonal, l1, l2, nonNegative[j] === 1);
      const change = next - old;
      if (change !== 0) {
        const row = j * p;
        for (let k = 0; k < p; k++) h[k] = (h[k] as number) + change * (gram[row + k] as number);
        w[j] = next;
      }
      largestChange = Math.max(largestChange, Math.abs(change));
      largest = Math.max(largest, Math.abs(next));
    }
    const settled = largest === 0 || largestChange / largest < tolerance;
    if (settled || iterations === maxIterations) {
      let wq = 0;
      let wh = 0;
      for (let j = 0; j < p; j++) {
        correlations[j] = (xty[j] as number) - (h[j] as number);
        wq += (w[j] as number) * (xty[j] as number);
        wh += (w[j] as number) * (h[j] as number);
      }
      const check = checkDualityGap({
        correlations,
        coefficients: w,
        nonNegative,
        residualSquares: Math.max(yy - 2 * wq + wh, 0),
        residualDotOutcome: yy - wq,
        l1,
        l2,
        gapTolerance: tolerance * yy,
        settled,
      });
      gap = check.gap;
      if (check.converged) {
        converged = true;
        break;
      }
    }
  }
  return { coefficients: w, iterations, converged, dualityGap: gap / n };
}

/** True when every entry is a finite number (a plain loop: this kernel runs thousands of times per search). */
function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}
