import type { Dataset, Series } from "../../types";
import type { FittedModel, FittedStage, Hyperparameters, ResolvedFitOptions } from "../types";
import type { BuildContext } from "./buildFeatures";
import { evaluateStage } from "./evaluateStage";
import { fitStage } from "./fitStage";
import { makeModel } from "./makeModel";
import type { Plans } from "./buildPlans";
import type { WindowedLiftTest } from "../../experiments/types";
import { calibrateOutcome, type CalibratedOutcome } from "./calibrateOutcome";

/** Both variants' models fitted with fixed hyperparameters. */
export interface FittedModels {
  readonly observed: FittedModel;
  /** Null without a mediator. */
  readonly predicted: FittedModel | null;
  /** Input columns of the predicted variant: the mediator column holds the cross-fitted prediction. */
  readonly predictedColumns: Readonly<Record<string, Series>> | null;
  /** The observed variant's calibration by lift tests; null without tests. */
  readonly calibration: CalibratedOutcome | null;
}

/**
 * Cross-fitted (out-of-fold) mediator prediction: the distinct fit weeks are cut into `blocks` contiguous blocks;
 * each block is predicted by stage 1 fitted on the other blocks' rows, so no week's prediction saw that week.
 * Weeks outside the fit rows (the holdout) take the prediction of stage 1 fitted on all rows.
 */
export function crossFitMediator(
  plans: Plans,
  hyperparameters: Hyperparameters,
  columns: Readonly<Record<string, Series>>,
  rows: ArrayLike<number>,
  blocks: number,
  fullStage: FittedStage,
  context: BuildContext
): Float64Array {
  const plan = plans.mediator;
  const settings = hyperparameters.mediator;
  const out = Float64Array.from(evaluateStage(fullStage, columns, context).prediction);
  if (!plan || !settings) return out;
  const weeks = Array.from(new Set(Array.from(rows))).sort((a, b) => a - b);
  const count = Math.min(blocks, weeks.length);
  for (let block = 0; block < count; block++) {
    const first = Math.floor((block * weeks.length) / count);
    const last = Math.floor(((block + 1) * weeks.length) / count);
    const held = new Set(weeks.slice(first, last));
    const keep = Array.from(rows).filter((row) => !held.has(row));
    if (keep.length === 0) continue;
    const stage = fitStage(plan, settings, columns, keep, context);
    const prediction = evaluateStage(stage, columns, context).prediction;
    for (const week of held) out[week] = prediction[week] as number;
  }
  return out;
}

/**
 * Fits stage 1 and stage 2 (observed variant), and the predicted variant's stage 2 on the cross-fitted mediator,
 * all with the hyperparameters held fixed, on the given rows. With lift tests, both variants' stage 2 is
 * calibrated to them (`calibrateOutcome`), and stage 1 with the observed variant's (both variants' counterfactuals use
 * it); without, nothing else runs. `variants: "observed"` stops after the observed variant (predicted null).
 */
export function fitModels(
  dataset: Dataset,
  columns: Readonly<Record<string, Series>>,
  plans: Plans,
  hyperparameters: Hyperparameters,
  options: ResolvedFitOptions,
  rows: ArrayLike<number>,
  tests: readonly WindowedLiftTest[] = [],
  variants: "both" | "observed" = "both"
): FittedModels {
  const context: BuildContext = { offset: 0 };
  const mediatorStage =
    plans.mediator && hyperparameters.mediator
      ? fitStage(plans.mediator, hyperparameters.mediator, columns, rows, context)
      : null;
  const outcomeStage = fitStage(plans.outcome, hyperparameters.outcome, columns, rows, context);
  const parts = {
    form: hyperparameters.form,
    hyperparameters,
    mediatorStage,
    fitTime: options.fitTime,
  };
  const plainObserved = makeModel(dataset, columns, {
    ...parts,
    variant: "observed",
    outcomeStage,
  });
  const calibrate = (
    model: typeof plainObserved,
    stageColumns: Readonly<Record<string, Series>>,
    stageContext: BuildContext,
    withMediator: boolean
  ) =>
    calibrateOutcome({
      model,
      plan: plans.outcome,
      settings: hyperparameters.outcome,
      columns: stageColumns,
      rows,
      context: stageContext,
      tests,
      mediator:
        withMediator && plans.mediator && hyperparameters.mediator
          ? { plan: plans.mediator, settings: hyperparameters.mediator }
          : null,
    });
  const calibration = tests.length > 0 ? calibrate(plainObserved, columns, context, true) : null;
  // Stage 1 is calibrated on the observed mediator (its target) and shared by both variants' counterfactuals.
  const calibratedParts = calibration
    ? { ...parts, mediatorStage: calibration.mediatorStage }
    : parts;
  const observed = calibration
    ? makeModel(dataset, columns, {
        ...calibratedParts,
        variant: "observed",
        outcomeStage: calibration.stage,
      })
    : plainObserved;
  // Callers that read the observed variant alone (shape choice, plain lifts) skip the cross-fit and its refits.
  if (!mediatorStage || !dataset.roles.mediator || variants === "observed")
    return { observed, predicted: null, predictedColumns: null, calibration };
  const crossFitted = crossFitMediator(
    plans,
    hyperparameters,
    columns,
    rows,
    options.crossFitBlocks,
    mediatorStage,
    context
  );
  const predictedColumns = { ...columns, [dataset.roles.mediator]: crossFitted };
  const predictedStage = fitStage(
    plans.outcome,
    hyperparameters.outcome,
    predictedColumns,
    rows,
    context
  );
  const plainPredicted = makeModel(dataset, columns, {
    ...calibratedParts,
    variant: "predicted",
    outcomeStage: predictedStage,
  });
  const predicted =
    tests.length > 0
      ? makeModel(dataset, columns, {
          ...calibratedParts,
          variant: "predicted",
          outcomeStage: calibrate(plainPredicted, predictedColumns, { offset: 0 }, false).stage,
        })
      : plainPredicted;
  return { observed, predicted, predictedColumns, calibration };
}
