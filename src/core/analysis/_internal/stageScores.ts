import type { StageMetrics } from "../../model/types";
import type { StageScores } from "../types";

const METRICS = ["r2", "rmse", "mae", "mape", "nrmse"] as const;

/** Train, CV mean ± sd across folds and holdout scores of one stage, from the fit's metrics. */
export function stageScores(metrics: StageMetrics): StageScores {
  const folds = metrics.cv.folds;
  const cvSd = {} as Record<(typeof METRICS)[number], number>;
  for (const metric of METRICS) {
    const values = folds.map((fold) => fold[metric]);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
    cvSd[metric] = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : Number.NaN;
  }
  return { train: metrics.train, cvMean: metrics.cv.mean, cvSd, holdout: metrics.holdout };
}
