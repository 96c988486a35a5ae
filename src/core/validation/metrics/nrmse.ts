import type { SeriesLike } from "../../types";
import { checkForecastPair } from "./_internal/checkForecastPair";
import { rmse } from "./rmse";

/**
 * Normalised RMSE: RMSE divided by the range (max − min) of the actual values.
 *
 * The range is used, rather than the mean, because it does not depend on where zero is and stays meaningful for
 * series that swing around a level (a revenue series whose mean is large makes RMSE/mean look small however poor the
 * fit). It is also the normalisation Robyn reports as NRMSE. NaN when actual is constant (the range is 0).
 *
 * @param actual - observed values: `[weeks]`
 * @param predicted - forecast values: `[weeks]`
 * @returns NRMSE, ≥ 0, or NaN for a constant actual series
 * @throws {InvalidParameterError} when the lengths differ, the series are empty or a value is not finite
 * @example
 * nrmse([0, 10, 20], [0, 10, 26]); // => 0.17320508075688773 (√12 / 20)
 * @see https://en.wikipedia.org/wiki/Root_mean_square_deviation#Normalization
 */
export function nrmse(actual: SeriesLike, predicted: SeriesLike): number {
  const n = checkForecastPair(actual, predicted);
  let lowest = Infinity;
  let highest = -Infinity;
  for (let i = 0; i < n; i++) {
    const value = actual[i] as number;
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  const spread = highest - lowest;
  return spread === 0 ? Number.NaN : rmse(actual, predicted) / spread;
}
