import type { Series } from "../../types";
import { CONSTANT_FEATURE_TOLERANCE } from "../constants";
import { solveGram } from "../../regression/solveGram";

// Bound once: in sandboxed hosts (jest's vm context, some workers) every global lookup in a hot loop is slow.
const { abs, max, sqrt } = Math;

/**
 * Raw sums and cross-products of design columns over a set of rows (rows may repeat: bootstrap), so a fit needs
 * only O(p²) work and a changed column only O(rows · p) to update.
 */
export interface CrossProducts {
  readonly rows: ArrayLike<number>;
  readonly columns: Series[];
  readonly y: Series;
  /** p×p Σ x_j x_k. */
  cross: Float64Array;
  /** Σ x_j. */
  sums: Float64Array;
  /** Σ x_j y. */
  crossY: Float64Array;
  readonly sumY: number;
  readonly sumYY: number;
}

/** Builds the cross-products of `columns` and `y` over `rows`. O(rows · p²). */
export function crossProducts(
  columns: readonly Series[],
  y: Series,
  rows: ArrayLike<number>
): CrossProducts {
  const result = emptyCrossProducts(columns, y, rows);
  for (let j = 0; j < columns.length; j++) fillColumn(result, j, j + 1);
  return result;
}

/** Replaces column j and refreshes its cross-products. O(rows · p). */
export function replaceColumn(products: CrossProducts, j: number, column: Series): void {
  products.columns[j] = column;
  fillColumn(products, j, products.columns.length);
}

function fillColumn(products: CrossProducts, j: number, upTo: number): void {
  const { rows, columns, y, cross } = products;
  const p = columns.length;
  const xj = columns[j] as Series;
  let sum = 0;
  let sumY = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    sum += xj[row] as number;
    sumY += (xj[row] as number) * (y[row] as number);
  }
  products.sums[j] = sum;
  products.crossY[j] = sumY;
  const limit = upTo === j + 1 ? j + 1 : p;
  for (let k = 0; k < limit; k++) {
    const xk = columns[k] as Series;
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number;
      total += (xj[row] as number) * (xk[row] as number);
    }
    cross[j * p + k] = total;
    cross[k * p + j] = total;
  }
}

/**
 * Standardised Gram workspace, reused across fits (every entry written before the solve reads it; fits are
 * synchronous and the solver keeps no reference): allocating q² doubles per fit cost as much as the fit.
 */
let gramScratch = new Float64Array(0);

/** A linear fit on the original scale of the columns. */
export interface LinearFit {
  readonly intercept: number;
  /** `[p]`; 0 for inactive or constant columns. */
  readonly coefficients: Float64Array;
  /** sd of each column over the rows `[p]` (0 when constant). */
  readonly scales: Float64Array;
}

/** Penalty and constraints of a fit from cross-products. */
export interface FitSettings {
  readonly alpha: number;
  readonly l1Ratio: number;
  readonly nonNegative: readonly boolean[];
  /** Columns in the fit; absent = all. */
  readonly active?: readonly boolean[];
  /** Standardised coefficients `[p]` to start from; overwritten with the solution (warm starts in a search). */
  readonly warmStart?: Float64Array;
  /** Extra weighted pseudo-rows (lift-test calibration); absent or empty = the plain fit, unchanged. */
  readonly extraRows?: readonly ExtraRow[];
}

/**
 * One pseudo-row added to the least-squares objective: weight · (intercept·interceptGradient + Σ_j β_j·gradient_j
 * − target)², on the original scale of the columns and of y (so weight is σ²/SE² for a measurement whose standard
 * error is SE on y's residual scale σ).
 */
export interface ExtraRow {
  /** `[p]`, per column. */
  readonly gradient: ArrayLike<number>;
  readonly interceptGradient: number;
  readonly target: number;
  readonly weight: number;
}

/**
 * Elastic net on standardised columns from cross-products; coefficients returned on the original scale.
 * O(p² · sweeps).
 */
export function fitCrossProducts(products: CrossProducts, settings: FitSettings): LinearFit {
  const p = products.columns.length;
  const m = products.rows.length;
  const meanY = products.sumY / m;
  const varianceY = Math.max(products.sumYY / m - meanY * meanY, 0);
  const scaleY = varianceY > 0 ? Math.sqrt(varianceY) : 1;
  const scales = new Float64Array(p);
  const used: number[] = [];
  const constantTolerance = CONSTANT_FEATURE_TOLERANCE;
  for (let j = 0; j < p; j++) {
    if (settings.active && !settings.active[j]) continue;
    const mean = (products.sums[j] as number) / m;
    const variance = (products.cross[j * p + j] as number) / m - mean * mean;
    const magnitude = max(abs(mean), 1e-300);
    if (variance > constantTolerance * magnitude * magnitude && variance > 0) {
      scales[j] = sqrt(variance);
      used.push(j);
    }
  }
  const q = used.length;
  if (gramScratch.length < q * q) gramScratch = new Float64Array(q * q);
  const gram = gramScratch.subarray(0, q * q);
  const xty = new Float64Array(q);
  const nonNegative: boolean[] = [];
  for (let a = 0; a < q; a++) {
    const j = used[a] as number;
    const meanJ = (products.sums[j] as number) / m;
    const sj = scales[j] as number;
    nonNegative.push(settings.nonNegative[j] ?? false);
    xty[a] = ((products.crossY[j] as number) - m * meanJ * meanY) / (sj * scaleY);
    for (let b = 0; b <= a; b++) {
      const k = used[b] as number;
      const meanK = (products.sums[k] as number) / m;
      const value =
        ((products.cross[j * p + k] as number) - m * meanJ * meanK) / (sj * (scales[k] as number));
      gram[a * q + b] = value;
      gram[b * q + a] = value;
    }
  }
  // The intercept is meanY − Σ β_j·mean_j, so a row's pull on the intercept moves onto each β_j; in standardised
  // units (b = β·s_j/scaleY) the row is √w·(g_j − mean_j·g_0)/s_j against √w·(target − g_0·meanY)/scaleY.
  for (const row of settings.extraRows ?? []) {
    const e = new Float64Array(q);
    for (let a = 0; a < q; a++) {
      const j = used[a] as number;
      const meanJ = (products.sums[j] as number) / m;
      e[a] = ((row.gradient[j] as number) - meanJ * row.interceptGradient) / (scales[j] as number);
    }
    const t = (row.target - row.interceptGradient * meanY) / scaleY;
    for (let a = 0; a < q; a++) {
      xty[a] = (xty[a] as number) + row.weight * (e[a] as number) * t;
      for (let b = 0; b < q; b++)
        gram[a * q + b] =
          (gram[a * q + b] as number) + row.weight * (e[a] as number) * (e[b] as number);
    }
  }
  const warm = settings.warmStart;
  let initial: Float64Array | undefined;
  if (warm) {
    initial = new Float64Array(q);
    for (let a = 0; a < q; a++) initial[a] = warm[used[a] as number] as number;
  }
  const solution = solveGram(gram, xty, m, {
    alpha: settings.alpha,
    l1Ratio: settings.l1Ratio,
    nonNegative,
    ...(initial ? { initialCoefficients: initial } : {}),
  });
  if (warm) {
    warm.fill(0);
    for (let a = 0; a < q; a++) warm[used[a] as number] = solution.coefficients[a] as number;
  }
  const coefficients = new Float64Array(p);
  let intercept = meanY;
  for (let a = 0; a < q; a++) {
    const j = used[a] as number;
    // "+ 0" turns −0 into 0, so the model's JSON form round-trips exactly.
    const value = ((solution.coefficients[a] as number) * scaleY) / (scales[j] as number) + 0;
    coefficients[j] = value;
    intercept -= value * ((products.sums[j] as number) / m);
  }
  return { intercept, coefficients, scales };
}

/** Linear predictor of a fit at the given rows. */
export function predictRows(
  columns: readonly Series[],
  fit: LinearFit,
  rows: ArrayLike<number>
): Float64Array {
  const out = new Float64Array(rows.length).fill(fit.intercept);
  for (let j = 0; j < columns.length; j++) {
    const beta = fit.coefficients[j] as number;
    if (beta === 0) continue;
    const column = columns[j] as Series;
    for (let i = 0; i < rows.length; i++)
      out[i] = (out[i] as number) + beta * (column[rows[i] as number] as number);
  }
  return out;
}

/**
 * Cross-products of the given rows with the outcome's sums filled in and the column sums still zero, for callers
 * that fill the columns themselves (one fold at a time, or all nested folds in one pass).
 */
export function emptyCrossProducts(
  columns: readonly Series[],
  y: Series,
  rows: ArrayLike<number>
): CrossProducts {
  const p = columns.length;
  let sumY = 0;
  let sumYY = 0;
  for (let i = 0; i < rows.length; i++) {
    const value = y[rows[i] as number] as number;
    sumY += value;
    sumYY += value * value;
  }
  return {
    rows,
    columns: columns.slice(),
    y,
    cross: new Float64Array(p * p),
    sums: new Float64Array(p),
    crossY: new Float64Array(p),
    sumY,
    sumYY,
  };
}
