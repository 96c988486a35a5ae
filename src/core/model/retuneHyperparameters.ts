import { CancelledError } from "../errors";
import type { Dataset, Series } from "../types";
import { buildPlans } from "./_internal/buildPlans";
import { transformTarget } from "./_internal/fitStage";
import { prepareColumns } from "./_internal/prepareColumns";
import { resolveOptions } from "./_internal/resolveOptions";
import { cvFolds, onOffCandidatesOf, trainHoldout, weightedFolds } from "./_internal/searchSetup";
import { searchStage } from "./_internal/searchStage";
import { RETUNE_PASSES } from "./constants";
import type { FitOptions, Hyperparameters, StageHyperparameters } from "./types";

/** Re-runs the transform and penalty search of a fit on a resample of its weeks. */
export type Retuner = (rows: ArrayLike<number>) => Promise<Hyperparameters>;

/**
 * Prepares the re-tuning of a fit's hyperparameters on bootstrap resamples: the same search as `fitMmm` (every
 * channel's decay, saturation and on/off term, then α and ρ, by blocked CV on the training weeks with the same
 * shape prior), with the choices that are not shape held as the fit made them (model form, price cut-off,
 * two-part mediator). Each resample weighs every CV week by how often it was drawn ({@link weightedFolds}), so the
 * search still never trains on a week later than the one it scores.
 *
 * Each replicate's search starts from the fit's own choice (a warm start) and makes RETUNE_PASSES passes.
 *
 * Why: bootstrap intervals with the shapes held fixed leave out the uncertainty of the shapes themselves, which
 * for an always-on channel is most of the uncertainty of its effect (its response at zero spend is never seen).
 *
 * @param dataset - the data the fit was made on
 * @param hyperparameters - the fit's tuned settings (`result.hyperparameters`)
 * @param options - the options the fit was given (the same that `fitMmm` resolved into `result.options`)
 * @param signal - checked between channels of the search; when `aborted` the retuner throws CancelledError
 * @returns a function from resampled week indices to re-tuned hyperparameters (deterministic)
 * @example
 * const retune = createRetuner(dataset, result.hyperparameters, fitOptions);
 * const settings = await retune(movingBlockIndices(104, 8, random));
 */
export function createRetuner(
  dataset: Dataset,
  hyperparameters: Hyperparameters,
  options: FitOptions = {},
  signal?: { readonly aborted: boolean }
): Retuner {
  const step = (): Promise<void> =>
    signal?.aborted ? Promise.reject(new CancelledError()) : Promise.resolve();
  const resolved = resolveOptions(dataset, options);
  const { columns } = prepareColumns(dataset, resolved.outliers);
  const n = dataset.weeks.length;
  const folds = cvFolds(trainHoldout(n, resolved.holdoutShare).train.length, resolved.cvFolds);
  const cutoff = hyperparameters.outcome.priceCutoff ?? null;
  const plans = buildPlans(dataset, columns, resolved, hyperparameters.form, cutoff);
  const onOffCandidates = onOffCandidatesOf(dataset, columns, resolved);
  const { mediator: mediatorColumn, outcome: outcomeColumn } = dataset.roles;
  const mediatorTarget = mediatorColumn
    ? transformTarget(columns[mediatorColumn] as Series, "identity")
    : null;
  const outcomeTarget = transformTarget(
    columns[outcomeColumn] as Series,
    plans.outcome.targetTransform
  );
  return async (rows) => {
    const resampled = weightedFolds(folds, rows);
    let mediator: StageHyperparameters | null = null;
    if (plans.mediator && hyperparameters.mediator && mediatorTarget) {
      const search = await searchStage({
        plan: plans.mediator,
        columns,
        y: mediatorTarget,
        folds: resampled,
        onOffCandidates,
        activeWeeksOnly: hyperparameters.mediator.activeWeeksOnly,
        step,
        start: hyperparameters.mediator.channels,
        passes: RETUNE_PASSES,
      });
      mediator = search.hyperparameters;
    }
    const outcome = await searchStage({
      plan: plans.outcome,
      columns,
      y: outcomeTarget,
      folds: resampled,
      onOffCandidates,
      activeWeeksOnly: false,
      step,
      start: hyperparameters.outcome.channels,
      passes: RETUNE_PASSES,
    });
    return {
      form: hyperparameters.form,
      mediator,
      outcome:
        cutoff === null
          ? outcome.hyperparameters
          : { ...outcome.hyperparameters, priceCutoff: cutoff },
    };
  };
}
