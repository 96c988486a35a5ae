import { InvalidParameterError } from "../errors";
import type { Series, SeriesLike } from "../types";
import { FORECAST_METRICS, type ForecastMetric } from "./metrics/forecastMetrics";
import { scoreForecast, type ForecastScore } from "./metrics/scoreForecast";
import type { TimeSplit } from "./timeSeriesSplits";

/**
 * Fits a model on the training weeks and forecasts the test weeks.
 *
 * @param train - 0-based week indices to fit on
 * @param test - 0-based week indices to forecast
 * @returns one forecast per test week, in the order of `test`: `[test.length]`
 */
export type FitAndPredict = (train: readonly number[], test: readonly number[]) => SeriesLike;

/** Options of `crossValidate`. */
export interface CrossValidateOptions {
  /** Called after each fold with the folds done and the total, e.g. to move a progress bar. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** One fold's forecast and score. */
export interface CrossValidationFold {
  /** 0-based fold number, in the order of the splits. */
  readonly fold: number;
  readonly train: readonly number[];
  readonly test: readonly number[];
  /** Forecasts of the test weeks: `[test.length]`. */
  readonly predicted: Series;
  readonly score: ForecastScore;
}

/** Everything `crossValidate` learnt about a model's out-of-sample accuracy. */
export interface CrossValidationResult {
  readonly folds: readonly CrossValidationFold[];
  /** Mean of each metric over folds (NaN if any fold's metric is NaN). */
  readonly mean: Readonly<Record<ForecastMetric, number>>;
  /** Sample standard deviation (n − 1) of each metric over folds; NaN with a single fold. */
  readonly sd: Readonly<Record<ForecastMetric, number>>;
  /** Every fold's forecasts one after another, in fold order, with the weeks they forecast. */
  readonly outOfFold: {
    /** Week of each forecast: `[Σ test sizes]` (a week repeats only if the given test blocks overlap). */
    readonly indices: readonly number[];
    readonly actual: Series;
    readonly predicted: Series;
  };
  /** The out-of-fold forecasts scored together as one series. */
  readonly pooled: ForecastScore;
}

/**
 * Cross-validates a forecasting model over given time splits: fits and forecasts each fold, scores it, and
 * summarises the scores.
 *
 * The model is a callback, so any estimator (OLS, ridge, the full MMM) can be validated the same way; pair it with
 * `timeSeriesSplits` so no fold trains on weeks after those it scores. Calls `fitAndPredict` once per split, in order.
 *
 * @param splits - the folds, e.g. from `timeSeriesSplits`: `[folds]`, each test non-empty
 * @param fitAndPredict - fits on `train` and returns forecasts for `test`
 * @param actual - the observed series the indices refer to: `[periods]`
 * @param options - `onProgress`
 * @returns per-fold scores, their mean and sd, and the concatenated out-of-fold forecasts
 * @throws {InvalidParameterError} when there are no splits, an index is not a week of `actual`, a test block is
 *   empty, or the callback returns the wrong number of (or non-finite) forecasts
 * @example
 * const actual = [1, 2, 3, 4, 5, 6];
 * const lastValue = (train: readonly number[], test: readonly number[]) =>
 *   test.map(() => actual[train[train.length - 1]!]!);
 * crossValidate(timeSeriesSplits(6, { folds: 2 }), lastValue, actual).outOfFold.predicted;
 * // => Float64Array [2, 2, 4, 4]
 * @see Bergmeir, Hyndman & Koo (2018), A note on the validity of cross-validation for evaluating autoregressive
 *   time series prediction, CSDA 120.
 */
export function crossValidate(
  splits: readonly TimeSplit[],
  fitAndPredict: FitAndPredict,
  actual: SeriesLike,
  options: CrossValidateOptions = {}
): CrossValidationResult {
  if (splits.length === 0) {
    throw new InvalidParameterError(
      "splits",
      "splits is empty; give at least one fold, e.g. from timeSeriesSplits."
    );
  }
  splits.forEach((split, fold) => {
    checkIndices(`fold ${fold + 1} train`, split.train, actual.length);
    checkIndices(`fold ${fold + 1} test`, split.test, actual.length);
    if (split.test.length === 0) {
      throw new InvalidParameterError(
        "splits",
        `Fold ${fold + 1} has no test weeks; every fold must score at least one.`
      );
    }
  });
  const folds: CrossValidationFold[] = [];
  const indices: number[] = [];
  splits.forEach((split, fold) => {
    const forecast = fitAndPredict(split.train, split.test);
    if (forecast.length !== split.test.length) {
      throw new InvalidParameterError(
        "fitAndPredict",
        `fitAndPredict returned ${forecast.length} forecasts for fold ${fold + 1}, which has ${split.test.length} ` +
          "test weeks; return one forecast per test week."
      );
    }
    const predicted = Float64Array.from(forecast);
    const observed = Float64Array.from(split.test, (week) => actual[week] as number);
    folds.push({
      fold,
      train: split.train,
      test: split.test,
      predicted,
      score: scoreForecast(observed, predicted),
    });
    indices.push(...split.test);
    options.onProgress?.(fold + 1, splits.length);
  });
  const outOfFoldPredicted = new Float64Array(indices.length);
  let offset = 0;
  for (const fold of folds) {
    outOfFoldPredicted.set(fold.predicted, offset);
    offset += fold.predicted.length;
  }
  const outOfFoldActual = Float64Array.from(indices, (week) => actual[week] as number);
  return {
    folds,
    mean: summarise(folds, mean),
    sd: summarise(folds, sampleStandardDeviation),
    outOfFold: { indices, actual: outOfFoldActual, predicted: outOfFoldPredicted },
    pooled: scoreForecast(outOfFoldActual, outOfFoldPredicted),
  };
}

function checkIndices(label: string, weeks: readonly number[], periods: number): void {
  for (const week of weeks) {
    if (!(Number.isInteger(week) && week >= 0 && week < periods)) {
      throw new InvalidParameterError(
        "splits",
        `The ${label} weeks include ${String(week)}, which is not a week of the series (0 to ${periods - 1}); ` +
          "build the splits for a series of this length."
      );
    }
  }
}

function summarise(
  folds: readonly CrossValidationFold[],
  statistic: (values: readonly number[]) => number
): Readonly<Record<ForecastMetric, number>> {
  const entries = FORECAST_METRICS.map((metric) => [
    metric,
    statistic(folds.map((fold) => fold.score[metric])),
  ]);
  return Object.fromEntries(entries) as Record<ForecastMetric, number>;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function sampleStandardDeviation(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const centre = mean(values);
  return Math.sqrt(
    values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1)
  );
}
