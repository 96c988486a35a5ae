import type { SeriesLike } from "../../types";
import { mae } from "./mae";
import { mape } from "./mape";
import { nrmse } from "./nrmse";
import { r2 } from "./r2";
import { rmse } from "./rmse";
import { smape } from "./smape";
import { wape } from "./wape";

/** Every forecast-accuracy metric of one set of scored weeks (fractions, not percentages). */
export interface ForecastScore {
  /** Coefficient of determination (see `r2`). */
  readonly r2: number;
  /** Root mean squared error, in the series' units (see `rmse`). */
  readonly rmse: number;
  /** Mean absolute error, in the series' units (see `mae`). */
  readonly mae: number;
  /** Mean absolute percentage error over non-zero actual weeks (see `mape`). */
  readonly mape: number;
  /** Weeks MAPE left out because their actual value is 0. */
  readonly mapeSkipped: number;
  /** Symmetric MAPE in [0, 2] (see `smape`). */
  readonly smape: number;
  /** RMSE divided by the range of the actual values (see `nrmse`). */
  readonly nrmse: number;
  /** Σ|error| / Σ|actual| (see `wape`). */
  readonly wape: number;
  /** Number of weeks scored. */
  readonly n: number;
}

/**
 * Scores a forecast with every accuracy metric at once, for result tables and cross-validation.
 *
 * @param actual - observed values: `[weeks]`
 * @param predicted - forecast values: `[weeks]`
 * @returns the `ForecastScore`
 * @throws {InvalidParameterError} when the lengths differ, the series are empty or a value is not finite
 * @example
 * scoreForecast([100, 200], [110, 190]).wape; // => 0.06666666666666667
 * @see Hyndman & Koehler (2006), Another look at measures of forecast accuracy, IJF 22(4).
 */
export function scoreForecast(actual: SeriesLike, predicted: SeriesLike): ForecastScore {
  const percentage = mape(actual, predicted);
  return {
    r2: r2(actual, predicted),
    rmse: rmse(actual, predicted),
    mae: mae(actual, predicted),
    mape: percentage.value,
    mapeSkipped: percentage.skipped,
    smape: smape(actual, predicted),
    nrmse: nrmse(actual, predicted),
    wape: wape(actual, predicted),
    n: actual.length,
  };
}
