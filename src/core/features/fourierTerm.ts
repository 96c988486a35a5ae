import { InvalidParameterError } from "../errors";
import type { Series } from "../types";
import { WEEKS_PER_YEAR } from "./constants";

/** Options of {@link fourierTerm}. */
export interface FourierTermOptions {
  /** Which of the pair. */
  readonly fn: "sin" | "cos";
  /** k, the number of cycles per period, a whole number ≥ 1. */
  readonly harmonic: number;
  /**
   * Length of one cycle in weeks, > 0.
   * @defaultValue 52.18 ({@link WEEKS_PER_YEAR})
   */
  readonly period?: number;
  /**
   * Weeks before the first row at which the cycle starts, so features of a later window line up with the fit's.
   * @defaultValue 0
   */
  readonly offset?: number;
}

/**
 * One Fourier seasonality column: sin or cos of 2πk(t + offset)/period. The model builds its seasonality one
 * term at a time (each cached by its key); {@link fourierFeatures} builds the sin/cos pairs for k = 1..order.
 *
 * @param periods - number of weeks, a whole number ≥ 1
 * @param options - fn, harmonic ≥ 1, period in weeks (default 52.18), offset in weeks (default 0)
 * @returns the column, `[periods]`
 * @throws {InvalidParameterError} when periods or harmonic is not a whole number ≥ 1, period is not > 0, or
 *   offset is not finite
 * @example
 * fourierTerm(2, { fn: "cos", harmonic: 1, period: 4 }); // => Float64Array [1, ≈0]
 * @see Taylor & Letham (2018), Forecasting at scale (Prophet), §3.2
 */
export function fourierTerm(periods: number, options: FourierTermOptions): Series {
  const { fn, harmonic } = options;
  const period = options.period ?? WEEKS_PER_YEAR;
  const offset = options.offset ?? 0;
  if (!(Number.isInteger(periods) && periods >= 1)) {
    throw new InvalidParameterError(
      "periods",
      `periods must be a whole number of weeks, 1 or more (got ${String(periods)}).`
    );
  }
  if (!(Number.isInteger(harmonic) && harmonic >= 1)) {
    throw new InvalidParameterError(
      "harmonic",
      `harmonic must be a whole number of cycles per period, 1 or more (got ${String(harmonic)}).`
    );
  }
  if (!(period > 0 && Number.isFinite(period))) {
    throw new InvalidParameterError(
      "period",
      `period must be a positive number of weeks (got ${String(period)}).`
    );
  }
  if (!Number.isFinite(offset)) {
    throw new InvalidParameterError(
      "offset",
      `offset must be a finite number of weeks (got ${String(offset)}).`
    );
  }
  const trig = fn === "sin" ? Math.sin : Math.cos;
  const step = (2 * Math.PI * harmonic) / period;
  const out = new Float64Array(periods);
  for (let t = 0; t < periods; t++) out[t] = trig(step * (offset + t));
  return out;
}
