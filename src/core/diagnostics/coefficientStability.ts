import { InvalidParameterError } from "../errors";
import { DEFAULT_STABILITY_STEP } from "./constants";

/** What the model callback returns for one window of weeks. */
export interface WindowFit {
  /** Fitted coefficients by name (e.g. `facebook_spend`). */
  readonly coefficients: Readonly<Record<string, number>>;
  /** In-window R² of the fit. */
  readonly r2: number;
}

/** Options of `coefficientStability`. */
export interface CoefficientStabilityOptions {
  /** Weeks in each window, a whole number from 2 to periods. */
  readonly windowSize: number;
  /** Weeks between window starts. @defaultValue 4 (`DEFAULT_STABILITY_STEP`) */
  readonly step?: number;
}

/** One rolling window and its fit. */
export interface StabilityWindow {
  /** First week of the window (0-based, inclusive). */
  readonly startIndex: number;
  /** Week after the last one (0-based, exclusive), as in `Array.slice`. */
  readonly endIndex: number;
  readonly r2: number;
  readonly coefficients: Readonly<Record<string, number>>;
}

/** How one coefficient moved across the windows. */
export interface CoefficientSummary {
  readonly name: string;
  /** Windows in which the fit reported a finite value for this coefficient. */
  readonly windows: number;
  readonly mean: number;
  /** Sample standard deviation across windows (n − 1 denominator); 0 with a single window. */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  /** Times the sign flips between consecutive windows; exact zeros (e.g. a lasso drop) are skipped, not flips. */
  readonly signChanges: number;
}

/** Result of `coefficientStability`. */
export interface CoefficientStability {
  /** Every window in time order, with its R² and coefficients. */
  readonly windows: readonly StabilityWindow[];
  /** One summary per coefficient name, in order of first appearance. */
  readonly coefficients: readonly CoefficientSummary[];
}

/**
 * Refits a model on rolling windows of weeks and summarises how much each coefficient moves.
 *
 * Stable coefficients (small sd, no sign changes) mean the effects do not hinge on a few weeks; a channel whose
 * coefficient changes sign between windows is not identified by the data. The model is generic: `fitWindow(start,
 * end)` fits weeks start..end−1 and returns coefficients by name and R². Windows start at 0 and move by `step`; a
 * final window ending on the last week is added when the steps would miss it, so recent weeks are always covered.
 * Cost: one model fit per window.
 *
 * @param fitWindow - fits the model on weeks [startIndex, endIndex) and returns `{ coefficients, r2 }`
 * @param periods - number of weeks in the data
 * @param options - `windowSize` (weeks, 2..periods) and `step` (weeks ≥ 1, default 4)
 * @returns the windows and a per-coefficient summary (mean, sd, min, max, sign changes)
 * @throws {InvalidParameterError} when periods, windowSize or step is not a whole number in range
 * @example
 * coefficientStability((s, e) => ({ coefficients: { tv: s }, r2: 0.5 }), 10, { windowSize: 8, step: 1 })
 *   .coefficients[0].max; // => 2
 * @see Zeileis et al. (2003), Testing and dating of structural changes in practice (rolling estimates), CSDA 44.
 */
export function coefficientStability(
  fitWindow: (startIndex: number, endIndex: number) => WindowFit,
  periods: number,
  options: CoefficientStabilityOptions
): CoefficientStability {
  const { windowSize } = options;
  const step = options.step ?? DEFAULT_STABILITY_STEP;
  requireWhole("periods", periods, 2, Number.POSITIVE_INFINITY);
  requireWhole("windowSize", windowSize, 2, periods);
  requireWhole("step", step, 1, Number.POSITIVE_INFINITY);
  const starts: number[] = [];
  for (let start = 0; start + windowSize <= periods; start += step) starts.push(start);
  if ((starts[starts.length - 1] as number) + windowSize < periods)
    starts.push(periods - windowSize);

  const windows = starts.map((startIndex): StabilityWindow => {
    const endIndex = startIndex + windowSize;
    const fit = fitWindow(startIndex, endIndex);
    return { startIndex, endIndex, r2: fit.r2, coefficients: { ...fit.coefficients } };
  });
  const names = [...new Set(windows.flatMap((w) => Object.keys(w.coefficients)))];
  const coefficients = names.map((name) =>
    summarise(
      name,
      windows.map((w) => w.coefficients[name]).filter((v): v is number => Number.isFinite(v))
    )
  );
  return { windows, coefficients };
}

function summarise(name: string, values: readonly number[]): CoefficientSummary {
  const count = values.length;
  if (count === 0) {
    return { name, windows: 0, mean: NaN, sd: NaN, min: NaN, max: NaN, signChanges: 0 };
  }
  const mean = values.reduce((sum, v) => sum + v, 0) / count;
  const squares = values.reduce((sum, v) => sum + (v - mean) ** 2, 0);
  let signChanges = 0;
  let lastSign = 0;
  for (const value of values) {
    const sign = Math.sign(value);
    if (sign === 0) continue;
    if (lastSign !== 0 && sign !== lastSign) signChanges++;
    lastSign = sign;
  }
  return {
    name,
    windows: count,
    mean,
    sd: count > 1 ? Math.sqrt(squares / (count - 1)) : 0,
    min: Math.min(...values),
    max: Math.max(...values),
    signChanges,
  };
}

function requireWhole(parameter: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = Number.isFinite(max) ? `from ${min} to ${max}` : `of at least ${min}`;
    throw new InvalidParameterError(
      parameter,
      `${parameter} must be a whole number ${range} (got ${value}).`
    );
  }
}
