import { InvalidParameterError } from "../errors";

/** Weeks in a seasonal year for the naive forecast: the same week a year earlier is 52 weeks back. */
export const NAIVE_SEASON_WEEKS = 52;

/** What {@link naiveSeasonalForecast} returns. */
export interface NaiveSeasonalForecast {
  /** Forecast of every week from `holdoutStart` to the end: `[periods − holdoutStart]`. */
  readonly forecast: Float64Array;
  /** How many of them came from the same week of an earlier year (the rest are last year's mean). */
  readonly seasonalWeeks: number;
}

/**
 * The naive seasonal forecast of the weeks from `holdoutStart` on, made with the training weeks only: each week gets
 * the outcome of the same week one year earlier (or two, when one year back is itself a forecast week); a week with
 * no such training week gets the mean of the last year of training weeks. This is the benchmark a model must beat
 * to show it learned more than "like last year". O(periods).
 *
 * @param outcome - weekly outcome, oldest first: `[periods]`
 * @param holdoutStart - index of the first forecast week, 1 ≤ holdoutStart < periods
 * @returns the forecast of the weeks from holdoutStart and how many were seasonal
 * @throws {InvalidParameterError} when holdoutStart leaves no training or no forecast week
 * @example
 * naiveSeasonalForecast([1, 2, 3, 4], 2).forecast; // => Float64Array [1.5, 1.5] (no year of history: the mean)
 * @see Hyndman & Athanasopoulos, Forecasting: Principles and Practice, §5.2 "seasonal naïve method"
 */
export function naiveSeasonalForecast(
  outcome: ArrayLike<number>,
  holdoutStart: number
): NaiveSeasonalForecast {
  const n = outcome.length;
  if (!Number.isInteger(holdoutStart) || holdoutStart < 1 || holdoutStart >= n) {
    throw new InvalidParameterError(
      "holdoutStart",
      `The first forecast week must leave at least one training and one forecast week (got ${holdoutStart} of ${n} weeks).`
    );
  }
  const from = Math.max(0, holdoutStart - NAIVE_SEASON_WEEKS);
  let sum = 0;
  for (let i = from; i < holdoutStart; i++) sum += outcome[i] as number;
  const lastYearMean = sum / (holdoutStart - from);
  const forecast = new Float64Array(n - holdoutStart);
  let seasonalWeeks = 0;
  for (let i = holdoutStart; i < n; i++) {
    let back = i - NAIVE_SEASON_WEEKS;
    while (back >= holdoutStart) back -= NAIVE_SEASON_WEEKS;
    if (back >= 0) seasonalWeeks++;
    forecast[i - holdoutStart] = back >= 0 ? (outcome[back] as number) : lastYearMean;
  }
  return { forecast, seasonalWeeks };
}
