import { InvalidParameterError } from "../errors";
import type { Dataset } from "../types";
import { buildPlans } from "./_internal/buildPlans";
import { fitModels } from "./_internal/fitModels";
import { calibrationReport } from "./_internal/calibrationReport";
import { windowLiftTests } from "../experiments/windowLiftTests";
import { prepareColumns } from "./_internal/prepareColumns";
import { resolveOptions } from "./_internal/resolveOptions";
import type { FitOptions, Hyperparameters, ModelRefit } from "./types";

/**
 * Refits the model's coefficients with its tuned hyperparameters held fixed (no search), optionally on resampled
 * weeks: cheap (a few linear solves), deterministic, no CV. Effects are read off it by `src/core/attribution`
 * (`fitWithFixedHyperparameters` does both).
 *
 * Features (adstock, lags) are built on the series in time order; only the rows entering the fit are resampled.
 *
 * @param dataset - the validated data (the same the hyperparameters were tuned on)
 * @param hyperparameters - `result.hyperparameters` of `fitMmm`
 * @param options - the same options as the tuned fit (form is taken from the hyperparameters)
 * @param rowIndices - week indices to fit on, repeats allowed (`[rows]`); default all weeks
 * @returns both variants' models with their columns, and the options as resolved
 * @throws {InvalidParameterError} when a row index is outside the data or the options are invalid
 * @example
 * refitModel(dataset, result.hyperparameters, options, movingBlockIndices(104, 8, random)).variants.observed;
 * @see Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 8 (block bootstrap of time series).
 */
export function refitModel(
  dataset: Dataset,
  hyperparameters: Hyperparameters,
  options: FitOptions = {},
  rowIndices?: ArrayLike<number>
): ModelRefit {
  const resolved = resolveOptions(dataset, options);
  const n = dataset.weeks.length;
  const rows = rowIndices ?? Array.from({ length: n }, (_, index) => index);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    if (!(Number.isInteger(row) && row >= 0 && row < n)) {
      throw new InvalidParameterError(
        "rowIndices",
        `Row index ${row} is outside the data's ${n} weeks.`
      );
    }
  }
  const { columns } = prepareColumns(dataset, resolved.outliers);
  const plans = buildPlans(
    dataset,
    columns,
    resolved,
    hyperparameters.form,
    hyperparameters.outcome.priceCutoff ?? null
  );
  const liftTests = options.liftTests?.length ? windowLiftTests(options.liftTests, dataset) : [];
  const models = fitModels(dataset, columns, plans, hyperparameters, resolved, rows, liftTests);
  return {
    variants: {
      observed: models.observed,
      predicted: models.predicted,
      columns,
      predictedColumns: models.predictedColumns,
    },
    options: resolved,
    ...(models.calibration
      ? { calibration: calibrationReport(liftTests, models.calibration) }
      : {}),
  };
}
