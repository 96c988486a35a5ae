import { checkDualityGap } from "./checkDualityGap";
import { coordinateUpdate } from "./coordinateUpdate";

/** Outcome of one coordinate-descent solve on prepared (centred/scaled) data. */
export interface CoordinateDescentResult {
  readonly coefficients: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** Duality gap at the last check, in the n-scaled objective (an upper bound on n·(P(w) − P(w*))). */
  readonly dualityGap: number;
}

/** The n-scaled problem ½‖y − Xw‖² + l1‖w‖₁ + ½·l2‖w‖² with its stopping rule. */
export interface CoordinateDescentProblem {
  readonly rows: number;
  readonly columns: number;
  /** Column-major design, `rows × columns`. */
  readonly data: Float64Array;
  readonly y: Float64Array;
  /** α·ρ·n. */
  readonly l1: number;
  /** α·(1 − ρ)·n. */
  readonly l2: number;
  readonly nonNegative: Uint8Array;
  readonly maxIterations: number;
  readonly tolerance: number;
}

/**
 * Cyclic coordinate descent on the data, a line-by-line port of scikit-learn's `enet_coordinate_descent`
 * (sklearn/linear_model/_cd_fast.pyx, version 1.2) with per-coefficient positivity. It keeps the residual r = y − Xw
 * up to date, so a sweep is O(n·p). A sweep whose largest change is below tolerance·max|w| triggers a duality-gap
 * check, and the solve stops when the gap is ≤ tolerance·‖y‖² (y is already centred). `start` is not modified.
 * Hand-written: no JS library offers scikit-learn's objective with per-coefficient positivity.
 */
export function coordinateDescent(
  problem: CoordinateDescentProblem,
  start: Float64Array
): CoordinateDescentResult {
  const { rows, columns, data, y, l1, l2, nonNegative, maxIterations, tolerance } = problem;
  const w = new Float64Array(start);
  const residual = new Float64Array(y);
  const columnSquares = new Float64Array(columns);
  let outcomeSquares = 0;
  for (let i = 0; i < rows; i++) outcomeSquares += (y[i] as number) ** 2;
  for (let j = 0; j < columns; j++) {
    const offset = j * rows;
    let squares = 0;
    const wj = w[j] as number;
    for (let i = 0; i < rows; i++) {
      const x = data[offset + i] as number;
      squares += x * x;
      if (wj !== 0) residual[i] = (residual[i] as number) - wj * x;
    }
    columnSquares[j] = squares;
    // An all-zero column cannot change the fit, so its penalised optimum is 0 whatever the warm start said.
    if (squares === 0) w[j] = 0;
  }
  const gapTolerance = tolerance * outcomeSquares;
  const correlations = new Float64Array(columns);
  let gap = Infinity;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let largest = 0;
    let largestChange = 0;
    for (let j = 0; j < columns; j++) {
      const squares = columnSquares[j] as number;
      if (squares === 0) continue;
      const offset = j * rows;
      const old = w[j] as number;
      let dot = 0;
      for (let i = 0; i < rows; i++) dot += (data[offset + i] as number) * (residual[i] as number);
      const target = dot + old * squares;
      const next = coordinateUpdate(target, squares, l1, l2, nonNegative[j] === 1);
      const change = next - old;
      if (change !== 0) {
        for (let i = 0; i < rows; i++)
          residual[i] = (residual[i] as number) - change * (data[offset + i] as number);
        w[j] = next;
      }
      largestChange = Math.max(largestChange, Math.abs(change));
      largest = Math.max(largest, Math.abs(next));
    }
    const settled = largest === 0 || largestChange / largest < tolerance;
    if (settled || iterations === maxIterations) {
      let residualSquares = 0;
      let residualDotOutcome = 0;
      for (let i = 0; i < rows; i++) {
        const r = residual[i] as number;
        residualSquares += r * r;
        residualDotOutcome += r * (y[i] as number);
      }
      for (let j = 0; j < columns; j++) {
        const offset = j * rows;
        let dot = 0;
        for (let i = 0; i < rows; i++)
          dot += (data[offset + i] as number) * (residual[i] as number);
        correlations[j] = dot;
      }
      const check = checkDualityGap({
        correlations,
        coefficients: w,
        nonNegative,
        residualSquares,
        residualDotOutcome,
        l1,
        l2,
        gapTolerance,
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
