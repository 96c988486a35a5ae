import type { Series } from "../../types";
import { predictColumnMajor } from "./predictColumnMajor";
import type { ColumnMajorDesign } from "./readDesign";

/** Fitted values, residuals and R² of a linear fit on the original scale. */
export interface FitStatistics {
  readonly fitted: Series;
  readonly residuals: Series;
  /** 1 − RSS/TSS about the mean of y (scikit-learn's `score`): 1 for a perfect fit, NaN-free (see {@link fitStatistics}). */
  readonly r2: number;
}

/**
 * Computes fitted values, residuals and R² = 1 − Σe²/Σ(y − ȳ)². As scikit-learn's `r2_score`, a constant outcome
 * gives 1 when it is fitted exactly and 0 otherwise, so the figure is always a number.
 */
export function fitStatistics(
  design: ColumnMajorDesign,
  y: Float64Array,
  intercept: number,
  coefficients: Float64Array
): FitStatistics {
  const fitted = predictColumnMajor(design.data, design.rows, intercept, coefficients);
  const residuals = new Float64Array(design.rows);
  let mean = 0;
  for (let i = 0; i < design.rows; i++) mean += y[i] as number;
  mean /= design.rows;
  let rss = 0;
  let tss = 0;
  for (let i = 0; i < design.rows; i++) {
    const e = (y[i] as number) - (fitted[i] as number);
    residuals[i] = e;
    rss += e * e;
    tss += ((y[i] as number) - mean) ** 2;
  }
  const r2 = tss > 0 ? 1 - rss / tss : rss === 0 ? 1 : 0;
  return { fitted, residuals, r2 };
}
