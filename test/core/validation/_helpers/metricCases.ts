import { readFixture } from "./readFixture";

/**
 * One reference case of test/fixtures/validation/metrics.json. r2, rmse, mae and mape come from sklearn.metrics;
 * smape, nrmse and wape from numpy (test/fixtures/scripts/makeValidationFixtures.py). `mape` is null when actual has
 * a zero (sklearn does not skip zeros) and `nrmse` null when actual is constant.
 */
export interface MetricCase {
  readonly name: string;
  readonly actual: readonly number[];
  readonly predicted: readonly number[];
  readonly r2: number;
  readonly rmse: number;
  readonly mae: number;
  readonly mape: number | null;
  readonly smape: number;
  readonly nrmse: number | null;
  readonly wape: number;
}

/** Every reference case, in the order the script wrote them. */
export const METRIC_CASES: readonly MetricCase[] = readFixture<{ cases: readonly MetricCase[] }>(
  "metrics.json"
).cases;
