import type { SeriesLike } from "../types";
import { checkResiduals } from "./_internal/checkResiduals";
import { mean } from "./_internal/centredRSquared";
import { chiSquareUpperTail } from "./_internal/upperTail";

/** Result of the Jarque–Bera normality test. */
export interface JarqueBeraResult {
  /** JB = n/6 · (S² + (K − 3)²/4). */
  readonly statistic: number;
  /** P(χ²₂ > JB); small values mean the residuals are not normal. */
  readonly pValue: number;
  /** Sample skewness S = m₃ / m₂^{3/2} (biased moments, as scipy `skew`); 0 for a symmetric sample. */
  readonly skewness: number;
  /** Sample kurtosis K = m₄ / m₂² (not excess; 3 for a normal sample), as statsmodels reports it. */
  readonly kurtosis: number;
}

/**
 * Jarque–Bera test that the residuals have the skewness (0) and kurtosis (3) of a normal distribution.
 *
 * Non-normal residuals usually mean a few unusual weeks (holidays, outages, data errors) dominate the fit. With
 * ~100 weeks the coefficient estimates stay usable, but prediction intervals and small-sample t-tests suffer.
 * Same as statsmodels `jarque_bera`; the p-value comes from jStat's χ²₂ distribution (asymptotic). O(n).
 *
 * @param residuals - model residuals: `[periods]`, at least 2 finite values, not all equal
 * @returns statistic, p-value, skewness and kurtosis
 * @throws {InvalidParameterError} when there are fewer than 2 residuals, a non-finite one, or all are equal
 * @example
 * jarqueBera([1, 2, 3, 4]).kurtosis; // => 1.64
 * @see Jarque, C. M. & Bera, A. K. (1987), A test for normality of observations and regression residuals, ISR 55.
 */
export function jarqueBera(residuals: SeriesLike): JarqueBeraResult {
  const e = checkResiduals(residuals, 2, "The Jarque–Bera test");
  const n = e.length;
  const centre = mean(e);
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const value of e) {
    const d = value - centre;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  const skewness = m3 / Math.pow(m2, 1.5);
  const kurtosis = m4 / (m2 * m2);
  const statistic = (n / 6) * (skewness * skewness + (kurtosis - 3) ** 2 / 4);
  return { statistic, pValue: chiSquareUpperTail(statistic, 2), skewness, kurtosis };
}
