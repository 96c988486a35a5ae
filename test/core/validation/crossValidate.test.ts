/* global __dirname, console */
import { describe, expect, it, jest } from "@jest/globals";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { InvalidParameterError } from "../../../src/core/errors";
import { crossValidate, type FitAndPredict } from "../../../src/core/validation/crossValidate";
import { FORECAST_METRICS } from "../../../src/core/validation/metrics/forecastMetrics";
import { scoreForecast } from "../../../src/core/validation/metrics/scoreForecast";
import { timeSeriesSplits, type TimeSplit } from "../../../src/core/validation/timeSeriesSplits";

/** A naive forecaster: every test week gets the last training week's value. */
function lastValue(actual: readonly number[]): FitAndPredict {
  return (train, test) => test.map(() => actual[train[train.length - 1] as number] as number);
}

/** Mean of the training weeks, used as a flat forecast. */
function trainingMean(actual: readonly number[]): FitAndPredict {
  return (train, test) => {
    const level = train.reduce((sum, week) => sum + (actual[week] as number), 0) / train.length;
    return new Float64Array(test.length).fill(level);
  };
}

const REAL_DATA = join(__dirname, "../../../../shared/data/mmm_weekly_assessment.csv");
const maybe = existsSync(REAL_DATA) ? it : it.skip;
if (!existsSync(REAL_DATA))
  console.warn(`Skipping the real-data test: ${REAL_DATA} is not present.`);

/** The revenue column of the 104-week assessment data (a plain CSV without quoted fields). */
function readRevenue(): number[] {
  const [header, ...rows] = readFileSync(REAL_DATA, "utf8").trim().split("\n");
  const column = (header as string).split(",").indexOf("revenue");
  return rows.map((row) => Number(row.split(",")[column]));
}

const SERIES = [12, 15, 11, 18, 20, 17, 25, 23, 28, 30, 27, 35];

describe("crossValidate", () => {
  it("matches the documented example", () => {
    const actual = [1, 2, 3, 4, 5, 6];
    const result = crossValidate(timeSeriesSplits(6, { folds: 2 }), lastValue(actual), actual);
    expect(Array.from(result.outOfFold.predicted)).toEqual([2, 2, 4, 4]);
    expect(result.outOfFold.indices).toEqual([2, 3, 4, 5]);
    expect(Array.from(result.outOfFold.actual)).toEqual([3, 4, 5, 6]);
  });

  it("scores each fold on its own test weeks", () => {
    const splits = timeSeriesSplits(SERIES.length, { folds: 3, gap: 1 });
    const result = crossValidate(splits, trainingMean(SERIES), SERIES);
    expect(result.folds).toHaveLength(3);
    result.folds.forEach((fold, index) => {
      const split = splits[index] as TimeSplit;
      expect(fold.fold).toBe(index);
      expect(fold.test).toBe(split.test);
      const observed = split.test.map((week) => SERIES[week] as number);
      expect(fold.score).toEqual(scoreForecast(observed, fold.predicted));
    });
  });

  it("reports the mean and sample standard deviation of each metric over folds", () => {
    const result = crossValidate(
      timeSeriesSplits(SERIES.length, { folds: 3 }),
      trainingMean(SERIES),
      SERIES
    );
    for (const metric of FORECAST_METRICS) {
      const values = result.folds.map((fold) => fold.score[metric]);
      const mean = (values[0]! + values[1]! + values[2]!) / 3;
      const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / 2;
      expect(result.mean[metric]).toBeCloseTo(mean, 12);
      expect(result.sd[metric]).toBeCloseTo(Math.sqrt(variance), 12);
    }
  });

  it("gives an sd of NaN with a single fold", () => {
    const result = crossValidate(
      timeSeriesSplits(SERIES.length, { folds: 1 }),
      trainingMean(SERIES),
      SERIES
    );
    expect(result.sd.rmse).toBeNaN();
    expect(result.mean.rmse).toBe(result.folds[0]?.score.rmse);
  });

  it("scores the pooled out-of-fold forecasts as one series", () => {
    const result = crossValidate(
      timeSeriesSplits(SERIES.length, { folds: 4 }),
      lastValue(SERIES),
      SERIES
    );
    expect(result.pooled).toEqual(
      scoreForecast(result.outOfFold.actual, result.outOfFold.predicted)
    );
    expect(result.pooled.n).toBe(result.outOfFold.indices.length);
  });

  it("calls the model once per fold with that fold's weeks, and reports progress", () => {
    const splits = timeSeriesSplits(SERIES.length, { folds: 3, scheme: "rolling" });
    const model = jest.fn(trainingMean(SERIES));
    const onProgress = jest.fn();
    crossValidate(splits, model, SERIES, { onProgress });
    expect(model.mock.calls).toEqual(splits.map((split) => [split.train, split.test]));
    expect(onProgress.mock.calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it("rejects a model that returns the wrong number of forecasts", () => {
    const short: FitAndPredict = () => new Float64Array(1);
    expect(() => crossValidate(timeSeriesSplits(12, { folds: 2 }), short, SERIES)).toThrow(
      /returned 1 forecasts/
    );
  });

  it("rejects non-finite forecasts", () => {
    const broken: FitAndPredict = (_, test) => test.map(() => Number.NaN);
    expect(() => crossValidate(timeSeriesSplits(12, { folds: 2 }), broken, SERIES)).toThrow(
      InvalidParameterError
    );
  });

  it.each<[string, readonly TimeSplit[]]>([
    ["no splits", []],
    ["a week past the end", [{ train: [0, 1], test: [12] }]],
    ["a negative week", [{ train: [-1, 0], test: [3] }]],
    ["a fractional week", [{ train: [0, 1.5], test: [3] }]],
    ["an empty test", [{ train: [0, 1], test: [] }]],
  ])("rejects splits with %s", (_, splits) => {
    expect(() => crossValidate(splits, lastValue(SERIES), SERIES)).toThrow(InvalidParameterError);
  });

  maybe("scores the real, heavy-tailed revenue where WAPE stays readable and MAPE does not", () => {
    const revenue = readRevenue();
    const splits = timeSeriesSplits(revenue.length, { folds: 5, gap: 2 });
    const result = crossValidate(splits, trainingMean(revenue), revenue);
    // 104 weeks, 5 folds of 17 weeks: the out-of-fold forecasts cover weeks 19..103.
    expect(result.outOfFold.indices).toEqual(Array.from({ length: 85 }, (_, index) => 19 + index));
    expect(result.pooled.mapeSkipped).toBe(0);
    // Weeks of revenue 1 next to weeks of 398,000: a flat forecast has MAPE in the thousands (×100%) but WAPE near 1.5.
    expect(result.pooled.mape).toBeGreaterThan(100 * result.pooled.wape);
    expect(result.pooled.wape).toBeLessThan(3);
  });
});
