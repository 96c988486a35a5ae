import type { Series } from "../../types";
import { scoreForecast } from "../../validation/metrics/scoreForecast";
import type { TimeSplit } from "../../validation/timeSeriesSplits";
import type { CvScores, FittedStage, ForecastScore, StageHyperparameters } from "../types";
import type { BuildContext } from "./buildFeatures";
import { evaluateStage } from "./evaluateStage";
import { fitStage } from "./fitStage";
import type { StagePlan } from "./stagePlan";

const pick = (values: Series, rows: readonly number[]): Float64Array =>
  Float64Array.from(rows, (row) => values[row] as number);

/** Scores of a prediction at some weeks against the actual column (original scale). */
export function scoreRows(
  actual: Series,
  predicted: Series,
  rows: readonly number[]
): ForecastScore {
  return scoreForecast(pick(actual, rows), pick(predicted, rows));
}

/** Mean of each metric over folds (NaN-safe: a NaN metric in a fold is left out of its mean). */
export function meanScore(scores: readonly ForecastScore[]): ForecastScore {
  const keys = ["r2", "rmse", "mae", "mape", "mapeSkipped", "smape", "nrmse", "wape", "n"] as const;
  const out: Record<string, number> = {};
  for (const key of keys) {
    const values = scores.map((score) => score[key]).filter((value) => Number.isFinite(value));
    out[key] = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
  }
  return out as unknown as ForecastScore;
}

/**
 * Time-series CV of a stage with fixed hyperparameters, scored on the target's original scale (revenue, not log).
 */
export function crossValidateStage(
  plan: StagePlan,
  hyperparameters: StageHyperparameters,
  columns: Readonly<Record<string, Series>>,
  folds: readonly TimeSplit[],
  context: BuildContext
): CvScores {
  const actual = columns[plan.target] as Series;
  const scores = folds.map((fold) => {
    const stage: FittedStage = fitStage(plan, hyperparameters, columns, fold.train, context);
    const predicted = evaluateStage(stage, columns, context).prediction;
    return scoreRows(actual, predicted, fold.test);
  });
  return { mean: meanScore(scores), folds: scores };
}
