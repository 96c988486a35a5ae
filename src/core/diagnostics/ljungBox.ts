import { InvalidParameterError } from "../errors";
import type { SeriesLike } from "../types";
import { checkResiduals } from "./_internal/checkResiduals";
import { mean } from "./_internal/centredRSquared";
import { chiSquareUpperTail } from "./_internal/upperTail";

/** Options of `ljungBox`. */
export interface LjungBoxOptions {
  /**
   * Parameters of an ARMA model already fitted to the data, subtracted from the degrees of freedom
   * (statsmodels `model_df`). Leave 0 for regression residuals.
   * @defaultValue 0
   */
  readonly modelDegreesOfFreedom?: number;
}

/** Result of the Ljung–Box test at one lag. */
export interface LjungBoxResult {
  /** Q = n(n+2) Σ_{k=1..lags} r_k² / (n − k). */
  readonly statistic: number;
  /** P(χ²_{lags − modelDegreesOfFreedom} > Q); small values mean the residuals are autocorrelated. */
  readonly pValue: number;
  /** Number of autocorrelations summed (weeks). */
  readonly lags: number;
  /** Degrees of freedom of the χ² reference: lags − modelDegreesOfFreedom. */
  readonly degreesOfFreedom: number;
}

/**
 * Ljung–Box portmanteau test that the first `lags` autocorrelations of the residuals are all zero.
 *
 * Where Durbin–Watson looks one week back, Ljung–Box pools weeks 1..lags, so it also catches monthly echoes of
 * unmodelled seasonality or carry-over. Autocorrelations use the mean-centred series with denominator n, as
 * statsmodels `acorr_ljungbox(x, lags=[lags], model_df=...)`; the p-value comes from jStat's χ² distribution.
 * O(n · lags).
 *
 * @param residuals - model residuals in week order: `[periods]`, more than `lags` finite values, not all equal
 * @param lags - number of lags (weeks), a whole number from 1 to periods − 1
 * @param options - `modelDegreesOfFreedom` (default 0), a whole number below `lags`
 * @returns the statistic, its p-value, the lags and the degrees of freedom
 * @throws {InvalidParameterError} when lags is not a whole number in [1, periods − 1], modelDegreesOfFreedom is not
 *   a whole number in [0, lags − 1], or the residuals are too few, non-finite or all equal
 * @example
 * ljungBox([1, 2, 3, 4, 5, 6, 7, 8], 1).statistic; // => 4.4643
 * @see Ljung, G. M. & Box, G. E. P. (1978), On a measure of lack of fit in time series models, Biometrika 65.
 */
export function ljungBox(
  residuals: SeriesLike,
  lags: number,
  options: LjungBoxOptions = {}
): LjungBoxResult {
  const modelDegreesOfFreedom = options.modelDegreesOfFreedom ?? 0;
  const n = residuals.length;
  if (!Number.isInteger(lags) || lags < 1 || lags >= n) {
    throw new InvalidParameterError(
      "lags",
      `lags must be a whole number of weeks from 1 to ${n - 1} (one less than the number of residuals); got ${lags}.`
    );
  }
  if (
    !Number.isInteger(modelDegreesOfFreedom) ||
    modelDegreesOfFreedom < 0 ||
    modelDegreesOfFreedom >= lags
  ) {
    throw new InvalidParameterError(
      "modelDegreesOfFreedom",
      `modelDegreesOfFreedom must be a whole number from 0 to ${lags - 1} (below lags); got ${modelDegreesOfFreedom}.`
    );
  }
  const e = checkResiduals(residuals, 2, "The Ljung–Box test");
  const centre = mean(e);
  const centred = e.map((value) => value - centre);
  let variance = 0;
  for (const value of centred) variance += value * value;
  let sum = 0;
  for (let k = 1; k <= lags; k++) {
    let covariance = 0;
    for (let t = k; t < n; t++) covariance += (centred[t] as number) * (centred[t - k] as number);
    const autocorrelation = covariance / variance;
    sum += (autocorrelation * autocorrelation) / (n - k);
  }
  const statistic = n * (n + 2) * sum;
  const degreesOfFreedom = lags - modelDegreesOfFreedom;
  return {
    statistic,
    pValue: chiSquareUpperTail(statistic, degreesOfFreedom),
    lags,
    degreesOfFreedom,
  };
}
