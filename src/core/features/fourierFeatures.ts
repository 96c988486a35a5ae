import { InvalidParameterError } from "../errors";
import type { Series } from "../types";
import { WEEKS_PER_YEAR } from "./constants";
import { fourierTerm } from "./fourierTerm";

/** Options of {@link fourierFeatures}. */
export interface FourierFeaturesOptions {
  /** Number of sin/cos pairs (harmonics), a whole number ≥ 1. */
  readonly order: number;
  /**
   * Length of one cycle in weeks, > 0.
   * @defaultValue 52.18 ({@link WEEKS_PER_YEAR})
   */
  readonly period?: number;
  /**
   * Weeks before the first row at which the cycle starts (e.g. the week of the year of the first row), so
   * features of a later window line up with those of the fit.
   * @defaultValue 0
   */
  readonly offset?: number;
}

/** Named seasonality columns. */
export interface FeatureColumns {
  /** Column names, same order as `columns`. */
  readonly names: readonly string[];
  /** One series per name: `[features][periods]`. */
  readonly columns: readonly Series[];
}

/**
 * Fourier seasonality terms: sin(2πk(t + offset)/period) and cos(…) for k = 1..order.
 *
 * Columns come in pairs named `sin_1`, `cos_1`, `sin_2`, `cos_2`, … A linear model on them fits any smooth yearly
 * pattern with 2·order coefficients (the seasonality of Prophet and Robyn).
 *
 * @param periods - number of weeks, a whole number ≥ 1
 * @param options - order ≥ 1, period in weeks (default 52.18), offset in weeks (default 0)
 * @returns 2·order columns, each `[periods]`
 * @throws {InvalidParameterError} when periods or order is not a whole number ≥ 1, period is not > 0, or offset is
 *   not finite
 * @example
 * fourierFeatures(2, { order: 1, period: 4 }).names; // => ["sin_1", "cos_1"]
 * @see Harvey & Shephard (1993); Taylor & Letham (2018), Forecasting at scale (Prophet), §3.2
 */
export function fourierFeatures(periods: number, options: FourierFeaturesOptions): FeatureColumns {
  const { order } = options;
  const period = options.period ?? WEEKS_PER_YEAR;
  const offset = options.offset ?? 0;
  // periods, period and offset are checked by fourierTerm, which builds every column.
  if (!(Number.isInteger(order) && order >= 1)) {
    throw new InvalidParameterError(
      "order",
      `order must be a whole number of sin/cos pairs, 1 or more (got ${String(order)}).`
    );
  }
  const names: string[] = [];
  const columns: Series[] = [];
  for (let k = 1; k <= order; k++) {
    names.push(`sin_${k}`, `cos_${k}`);
    columns.push(
      fourierTerm(periods, { fn: "sin", harmonic: k, period, offset }),
      fourierTerm(periods, { fn: "cos", harmonic: k, period, offset })
    );
  }
  return { names, columns };
}
