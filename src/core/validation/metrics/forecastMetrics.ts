import type { ForecastScore } from "./scoreForecast";

/** Name of a metric of `ForecastScore` that is averaged across folds (every field except the counts). */
export type ForecastMetric = keyof Omit<ForecastScore, "mapeSkipped" | "n">;

/**
 * The averaged forecast metrics in the order result tables show them: fit first, then errors in the series' units,
 * then scale-free errors.
 *
 * @example
 * FORECAST_METRICS[0]; // => "r2"
 */
export const FORECAST_METRICS: readonly ForecastMetric[] = [
  "r2",
  "rmse",
  "mae",
  "mape",
  "smape",
  "nrmse",
  "wape",
];
