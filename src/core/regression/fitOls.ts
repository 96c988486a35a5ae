import { jStat } from "jstat";
import type { Series, SeriesLike } from "../types";
import { RANK_TOLERANCE } from "./constants";
import type { DesignInput } from "./designInput";
import { limitedPivotQr } from "./_internal/limitedPivotQr";
import { readDesign, readOutcome } from "./_internal/readDesign";
import { predictColumnMajor } from "./_internal/predictColumnMajor";

/** Options of {@link fitOls}. */
export interface FitOlsOptions {
  /** Fit an intercept (a column of ones placed before X). @defaultValue true */
  readonly intercept?: boolean;
  /** Share of its own norm below which a column counts as aliased; see RANK_TOLERANCE. @defaultValue 1e-7 */
  readonly rankTolerance?: number;
}

/** An ordinary least-squares fit with its inference, in the conventions of statsmodels OLS and R `lm`. */
export interface OlsFit {
  /** b (0 without an intercept). */
  readonly intercept: number;
  /** β, `[features]`; 0 for an aliased column (it adds nothing once the earlier columns are in). */
  readonly coefficients: Series;
  /** Standard errors of β, `[features]`; NaN for aliased columns and when no residual degrees of freedom remain. */
  readonly standardErrors: Series;
  /** Standard error of b (NaN without an intercept). */
  readonly interceptStandardError: number;
  /** β / standardErrors, `[features]`. */
  readonly tValues: Series;
  /** Two-sided p values of the t values with `degreesOfFreedom` degrees of freedom, `[features]`. */
  readonly pValues: Series;
  /** t value and p value of b (NaN without an intercept). */
  readonly interceptTValue: number;
  readonly interceptPValue: number;
  /** Which columns were aliased (dropped as linear combinations of earlier columns or the intercept), `[features]`. */
  readonly aliased: readonly boolean[];
  readonly fitted: Series;
  readonly residuals: Series;
  /**
   * 1 − RSS/TSS; TSS is about the mean with an intercept and about 0 without one (statsmodels `rsquared`);
   * NaN when TSS is 0 (a constant outcome with an intercept), where the ratio is undefined.
   */
  readonly r2: number;
  /** 1 − (1 − r2)·(n − k₀)/(n − rank), k₀ = 1 with an intercept else 0 (statsmodels `rsquared_adj`). */
  readonly adjustedR2: number;
  /** Residual standard error √(RSS/(n − rank)). */
  readonly sigma: number;
  /** Residual degrees of freedom n − rank. */
  readonly degreesOfFreedom: number;
  /** Numerical rank of the design, intercept column included. */
  readonly rank: number;
}

/**
 * Ordinary least squares by Householder QR, with standard errors, t and two-sided p values (Student t via jStat).
 *
 * Rank-deficient designs do not fail: as in R's `lm`, columns are taken in order and one that is a linear combination
 * of the intercept and earlier columns is aliased, gets coefficient 0 and NaN inference, and `rank` says how many
 * columns were used. Standard errors are √(σ²·diag((RᵀR)⁻¹)). O(n·p²).
 *
 * @param X - design `[rows][features]` (plain arrays or ml-matrix), not modified
 * @param y - outcome, `[rows]`
 * @param options - intercept (default true), rankTolerance
 * @returns coefficients with inference, fitted values, residuals, R², σ, degrees of freedom and rank
 * @throws {InvalidParameterError} for a bad shape or a non-finite value
 * @example
 * fitOls([[1], [2], [3], [4]], [3, 5, 7, 9]).coefficients; // => Float64Array [2]  (intercept 1)
 * @see https://en.wikipedia.org/wiki/Ordinary_least_squares ; statsmodels `OLS`; R `lm.fit` (dqrdc2 pivoting).
 */
export function fitOls(X: DesignInput, y: SeriesLike, options: FitOlsOptions = {}): OlsFit {
  const intercept = options.intercept ?? true;
  const design = readDesign(X);
  const outcome = readOutcome(y, design.rows);
  const { rows, columns } = design;
  const offset = intercept ? 1 : 0;
  const augmented = new Float64Array(rows * (columns + offset));
  if (intercept) augmented.fill(1, 0, rows);
  augmented.set(design.data, offset * rows);
  const qr = limitedPivotQr(
    augmented,
    rows,
    columns + offset,
    options.rankTolerance ?? RANK_TOLERANCE
  );
  const { rank, upper } = qr;
  const rotated = qr.applyQTranspose(outcome);
  const solution = new Float64Array(rank);
  for (let k = rank - 1; k >= 0; k--) {
    let sum = rotated[k] as number;
    for (let j = k + 1; j < rank; j++)
      sum -= (upper[k * rank + j] as number) * (solution[j] as number);
    solution[k] = sum / (upper[k * rank + k] as number);
  }
  // diag((RᵀR)⁻¹) = row sums of squares of R⁻¹, built column by column by back substitution.
  const inverseSquares = new Float64Array(rank);
  const column = new Float64Array(rank);
  for (let c = 0; c < rank; c++) {
    column.fill(0);
    for (let k = c; k >= 0; k--) {
      let sum = k === c ? 1 : 0;
      for (let j = k + 1; j <= c; j++)
        sum -= (upper[k * rank + j] as number) * (column[j] as number);
      column[k] = sum / (upper[k * rank + k] as number);
      inverseSquares[k] = (inverseSquares[k] as number) + (column[k] as number) ** 2;
    }
  }
  const variances = new Float64Array(columns + offset).fill(NaN);
  const degreesOfFreedom = rows - rank;
  const estimates = new Float64Array(columns + offset);
  qr.kept.forEach((original, k) => (estimates[original] = solution[k] as number));
  const fitted = predictColumnMajor(augmented, rows, 0, estimates);
  const residuals = new Float64Array(rows);
  let rss = 0;
  let tss = 0;
  let mean = 0;
  if (intercept) for (let i = 0; i < rows; i++) mean += (outcome[i] as number) / rows;
  for (let i = 0; i < rows; i++) {
    residuals[i] = (outcome[i] as number) - (fitted[i] as number);
    rss += (residuals[i] as number) ** 2;
    tss += ((outcome[i] as number) - mean) ** 2;
  }
  const sigmaSquared = degreesOfFreedom > 0 ? rss / degreesOfFreedom : NaN;
  qr.kept.forEach(
    (original, k) => (variances[original] = sigmaSquared * (inverseSquares[k] as number))
  );
  const standardErrors = new Float64Array(columns + offset);
  const tValues = new Float64Array(columns + offset);
  const pValues = new Float64Array(columns + offset);
  for (let j = 0; j < columns + offset; j++) {
    standardErrors[j] = Math.sqrt(variances[j] as number);
    tValues[j] = (estimates[j] as number) / (standardErrors[j] as number);
    const t = Math.abs(tValues[j] as number);
    pValues[j] = Number.isFinite(t) ? 2 * jStat.studentt.cdf(-t, degreesOfFreedom) : NaN;
  }
  const r2 = tss > 0 ? 1 - rss / tss : NaN;
  const aliasedSet = new Set(qr.aliased);
  return {
    intercept: intercept ? (estimates[0] as number) : 0,
    coefficients: estimates.slice(offset),
    standardErrors: standardErrors.slice(offset),
    interceptStandardError: intercept ? (standardErrors[0] as number) : NaN,
    tValues: tValues.slice(offset),
    pValues: pValues.slice(offset),
    interceptTValue: intercept ? (tValues[0] as number) : NaN,
    interceptPValue: intercept ? (pValues[0] as number) : NaN,
    aliased: Array.from({ length: columns }, (_, j) => aliasedSet.has(j + offset)),
    fitted,
    residuals,
    r2,
    adjustedR2: degreesOfFreedom > 0 ? 1 - ((1 - r2) * (rows - offset)) / degreesOfFreedom : NaN,
    sigma: Math.sqrt(sigmaSquared),
    degreesOfFreedom,
    rank,
  };
}
