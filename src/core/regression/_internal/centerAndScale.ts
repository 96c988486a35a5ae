import { CONSTANT_COLUMN_EPSILONS } from "../constants";
import type { ColumnMajorDesign } from "./readDesign";

/** A design and outcome after the optional centring (intercept) and scaling (standardize) step. */
export interface PreparedProblem extends ColumnMajorDesign {
  /** Column means that were subtracted, `[features]` (zeros without an intercept). */
  readonly means: Float64Array;
  /** Column scales that were divided out, `[features]` (ones without standardisation). */
  readonly scales: Float64Array;
  /** Outcome after subtracting `outcomeMean`, `[rows]`. */
  readonly y: Float64Array;
  /** Mean of the outcome that was subtracted (0 without an intercept). */
  readonly outcomeMean: number;
}

/**
 * Centres columns and outcome when an intercept is fitted (the intercept is then never penalised, as in
 * scikit-learn) and divides columns by their population standard deviation (ddof 0, about the mean) when asked.
 * Returns new buffers; the inputs are not touched.
 */
export function centerAndScale(
  design: ColumnMajorDesign,
  y: Float64Array,
  options: { readonly intercept: boolean; readonly standardize: boolean }
): PreparedProblem {
  const { rows, columns } = design;
  const data = new Float64Array(design.data);
  const means = new Float64Array(columns);
  const scales = new Float64Array(columns).fill(1);
  for (let j = 0; j < columns; j++) {
    const offset = j * rows;
    let sum = 0;
    for (let i = 0; i < rows; i++) sum += data[offset + i] as number;
    const mean = sum / rows;
    let squares = 0;
    for (let i = 0; i < rows; i++) squares += ((data[offset + i] as number) - mean) ** 2;
    const deviation = Math.sqrt(squares / rows);
    const scale =
      options.standardize &&
      deviation > CONSTANT_COLUMN_EPSILONS * Number.EPSILON * Math.max(1, Math.abs(mean))
        ? deviation
        : 1;
    const shift = options.intercept ? mean : 0;
    means[j] = shift;
    scales[j] = scale;
    for (let i = 0; i < rows; i++)
      data[offset + i] = ((data[offset + i] as number) - shift) / scale;
  }
  let outcomeMean = 0;
  if (options.intercept) {
    for (let i = 0; i < rows; i++) outcomeMean += y[i] as number;
    outcomeMean /= rows;
  }
  const centred = new Float64Array(rows);
  for (let i = 0; i < rows; i++) centred[i] = (y[i] as number) - outcomeMean;
  return { rows, columns, data, means, scales, y: centred, outcomeMean };
}

/**
 * Maps coefficients fitted on the prepared (centred, scaled) columns back to the original columns:
 * β_j = β̃_j / scale_j and intercept = ȳ − Σ_j mean_j · β_j.
 */
export function backTransform(
  prepared: PreparedProblem,
  scaledCoefficients: Float64Array
): { readonly intercept: number; readonly coefficients: Float64Array } {
  const coefficients = new Float64Array(prepared.columns);
  let intercept = prepared.outcomeMean;
  for (let j = 0; j < prepared.columns; j++) {
    const value = (scaledCoefficients[j] as number) / (prepared.scales[j] as number);
    coefficients[j] = value;
    intercept -= (prepared.means[j] as number) * value;
  }
  return { intercept, coefficients };
}
