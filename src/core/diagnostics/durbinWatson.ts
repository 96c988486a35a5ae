import type { SeriesLike } from "../types";
import { checkResiduals } from "./_internal/checkResiduals";

/**
 * Durbin–Watson statistic of a residual series: d = Σ_{t≥2} (e_t − e_{t−1})² / Σ_t e_t².
 *
 * It measures first-order autocorrelation of a model's residuals, week to week. d ≈ 2(1 − ρ₁), so d ≈ 2 means no
 * autocorrelation, d → 0 strong positive autocorrelation (errors persist for weeks: intervals too narrow), d → 4
 * negative autocorrelation. The usual rule of thumb treats 1.5 ≤ d ≤ 2.5 as fine (see `DIAGNOSTIC_THRESHOLDS`).
 * Same formula as statsmodels `durbin_watson` (residuals are not re-centred). O(n).
 *
 * @param residuals - model residuals in week order, oldest first: `[periods]`, at least 2 finite values, not all equal
 * @returns the statistic d in [0, 4]
 * @throws {InvalidParameterError} when there are fewer than 2 residuals, a non-finite one, or all are equal
 * @example
 * durbinWatson([1, -1, 1, -1]); // => 3
 * @see Durbin, J. & Watson, G. S. (1950), Testing for serial correlation in least squares regression I, Biometrika 37.
 */
export function durbinWatson(residuals: SeriesLike): number {
  const e = checkResiduals(residuals, 2, "The Durbin–Watson test");
  let differences = 0;
  let squares = (e[0] as number) ** 2;
  for (let t = 1; t < e.length; t++) {
    differences += ((e[t] as number) - (e[t - 1] as number)) ** 2;
    squares += (e[t] as number) ** 2;
  }
  return differences / squares;
}
