import { checkDualityGap } from "./checkDualityGap";
import { coordinateUpdate } from "./coordinateUpdate";

// Bound once: in sandboxed hosts (jest's vm context, some workers) every global lookup in a hot loop is slow.
const { abs, max } = Math;

/**
 * When the sweeps stop. `dualityGap` is scikit-learn's rule (a sweep whose largest change is below
 * tolerance·max|w| triggers a duality-gap check; stop when the gap ≤ tolerance·‖y‖²), used by the public solvers so
 * they match scikit-learn. `largestChange` stops on the first sweep whose largest change is at most
 * tolerance·max(1, max|w|), the model's fallback rule (it needs no ‖y‖², and its fits are refined by CV anyway).
 */
export type GramStoppingRule =
  | {
      readonly kind: "dualityGap";
      readonly tolerance: number;
      readonly outcomeSumOfSquares: number;
    }
  | { readonly kind: "largestChange"; readonly tolerance: number };

/** The n-scaled problem ½β'Gβ − c'β + l1‖β‖₁ + ½·l2‖β‖² (G = X'X, c = X'y) and how to stop. */
export interface GramCoordinateDescentProblem {
  /** p×p row-major, symmetric; a coordinate whose diagonal is not > 0 is never updated. */
  readonly gram: Float64Array;
  readonly xty: Float64Array;
  /** α·ρ·n. */
  readonly l1: number;
  /** α·(1 − ρ)·n. */
  readonly l2: number;
  /** Per coefficient: constrained to ≥ 0 (truthy). */
  readonly nonNegative: ArrayLike<boolean | number>;
  readonly maxIterations: number;
  readonly stopping: GramStoppingRule;
}

/** Outcome of {@link gramCoordinateDescent}. */
export interface GramCoordinateDescentResult {
  readonly coefficients: Float64Array;
  /** Sweeps run. */
  readonly iterations: number;
  readonly converged: boolean;
  /** Duality gap at the last check in the n-scaled objective; NaN under the `largestChange` rule (never computed). */
  readonly dualityGap: number;
}

/**
 * THE coordinate-descent kernel of the code base: covariance-update cyclic coordinate descent on a Gram matrix
 * (scikit-learn's `enet_coordinate_descent_gram`), keeping h = Gβ current so a sweep is O(p²) whatever n is.
 * `fitElasticNet`, `elasticNetPath`, `elasticNetGram` and `solveGram` (the model's solver, as the fallback of its
 * active-set method) all run it. `start` is used as given (the caller zeroes what it wants zeroed) and not modified.
 *
 * @param problem - Gram, X'y, penalties, positivity, sweep cap and stopping rule
 * @param start - warm start `[p]`, or undefined for 0
 * @returns coefficients, sweeps, whether the stopping rule was met, and the last duality gap
 * @example
 * gramCoordinateDescent({ gram: Float64Array.of(2), xty: Float64Array.of(2), l1: 0, l2: 0, nonNegative: [false],
 *   maxIterations: 10, stopping: { kind: "largestChange", tolerance: 1e-7 } }, undefined).coefficients; // => [1]
 * @see Friedman, Hastie & Tibshirani (2010), §2.2 "covariance updates"; scikit-learn `_cd_fast.enet_coordinate_descent_gram`.
 */
export function gramCoordinateDescent(
  problem: GramCoordinateDescentProblem,
  start: ArrayLike<number> | undefined
): GramCoordinateDescentResult {
  const { gram, xty, l1, l2, nonNegative, maxIterations, stopping } = problem;
  const p = xty.length;
  const w = start ? Float64Array.from(start) : new Float64Array(p);
  // h = Gw, kept current as coefficients move, so each coordinate step is O(p).
  const h = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const wj = w[j] as number;
    if (wj !== 0)
      for (let k = 0; k < p; k++) h[k] = (h[k] as number) + wj * (gram[j * p + k] as number);
  }
  const gapRule = stopping.kind === "dualityGap";
  const tolerance = stopping.tolerance;
  const correlations = gapRule ? new Float64Array(p) : undefined;
  let gap = gapRule ? Infinity : NaN;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let largest = 0;
    let largestChange = 0;
    for (let j = 0; j < p; j++) {
      const diagonal = gram[j * p + j] as number;
      if (!(diagonal > 0)) continue;
      const old = w[j] as number;
      const target = (xty[j] as number) - (h[j] as number) + old * diagonal;
      const next = coordinateUpdate(target, diagonal, l1, l2, Boolean(nonNegative[j]));
      const change = next - old;
      if (change !== 0) {
        const row = j * p;
        for (let k = 0; k < p; k++) h[k] = (h[k] as number) + change * (gram[row + k] as number);
        w[j] = next;
      }
      largestChange = max(largestChange, abs(change));
      largest = max(largest, abs(next));
    }
    if (!correlations) {
      if (largestChange <= tolerance * max(1, largest)) {
        converged = true;
        break;
      }
      continue;
    }
    const settled = largest === 0 || largestChange / largest < tolerance;
    if (settled || iterations === maxIterations) {
      const yy = (stopping as { readonly outcomeSumOfSquares: number }).outcomeSumOfSquares;
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
        residualSquares: max(yy - 2 * wq + wh, 0),
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
  return { coefficients: w, iterations, converged, dualityGap: gap };
}
