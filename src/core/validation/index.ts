/**
 * Time-series validation: how well a model forecasts weeks it was not fitted on.
 *
 * - Splits: `timeSeriesSplits` (expanding, rolling and blocked folds with an optional gap) and `holdoutSplit`
 *   (the last share of weeks). No split ever trains on a week later than one it scores.
 * - Metrics (one file each under `metrics/`): `r2`, `rmse`, `mae`, `mape`, `smape`, `nrmse`, `wape`, and
 *   `scoreForecast` bundling them into a `ForecastScore`.
 * - `crossValidate` runs a fit-and-forecast callback over splits and summarises the scores.
 *
 * To add a metric: add `metrics/<name>.ts` (checking inputs with `checkForecastPair`), add it to `ForecastScore`,
 * `scoreForecast` and `FORECAST_METRICS`, and add a scikit-learn or numpy reference to
 * `test/fixtures/scripts/makeValidationFixtures.py`. To add a split scheme: add its name to `SPLIT_SCHEMES` and its
 * test-block layout to `_internal/planTestBlocks.ts`; the property test in `timeSeriesSplits.test.ts` covers it.
 */
export {
  DEFAULT_FOLDS,
  DEFAULT_GAP,
  DEFAULT_HOLDOUT_SHARE,
  DEFAULT_MIN_TRAIN_SIZE,
  DEFAULT_SPLIT_SCHEME,
} from "./constants";
export { SPLIT_SCHEMES, type SplitScheme } from "./splitSchemes";
export { timeSeriesSplits, type TimeSplit, type TimeSeriesSplitsOptions } from "./timeSeriesSplits";
export { holdoutSplit, type HoldoutSplit, type HoldoutSplitOptions } from "./holdoutSplit";
export { r2 } from "./metrics/r2";
export { rmse } from "./metrics/rmse";
export { mae } from "./metrics/mae";
export { mape, type MapeResult } from "./metrics/mape";
export { smape } from "./metrics/smape";
export { nrmse } from "./metrics/nrmse";
export { wape } from "./metrics/wape";
export { scoreForecast, type ForecastScore } from "./metrics/scoreForecast";
export { FORECAST_METRICS, type ForecastMetric } from "./metrics/forecastMetrics";
export {
  crossValidate,
  type CrossValidateOptions,
  type CrossValidationFold,
  type CrossValidationResult,
  type FitAndPredict,
} from "./crossValidate";
