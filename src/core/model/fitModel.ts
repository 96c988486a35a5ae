/* global globalThis */
import { CancelledError } from "../errors";
import type { Dataset, Series } from "../types";
import { ON_OFF_MIN_ZERO_SHARE, PROGRESS_YIELD_MS } from "./constants";
import { buildPlans, type Plans } from "./_internal/buildPlans";
import { choosePriceCutoff } from "./_internal/choosePriceCutoff";
import { coefficientTable } from "./_internal/coefficientTable";
import { evaluateStage } from "./_internal/evaluateStage";
import { fitModels } from "./_internal/fitModels";
import { transformTarget } from "./_internal/fitStage";
import { prepareColumns } from "./_internal/prepareColumns";
import { resolveOptions } from "./_internal/resolveOptions";
import { searchStage, type SearchOutput } from "./_internal/searchStage";
import { cvFolds, onOffCandidatesOf, trainHoldout } from "./_internal/searchSetup";
import { priorPull } from "./_internal/shapePrior";
import { crossValidateStage, scoreRows } from "./_internal/stageScores";
import { fitWarnings } from "./_internal/fitWarnings";
import { calibrationReport } from "./_internal/calibrationReport";
import { calibratedShapeChoice } from "./_internal/calibratedShapeChoice";
import { modelLift } from "../experiments/modelLift";
import { windowLiftTests } from "../experiments/windowLiftTests";
import type {
  CvScores,
  FitHooks,
  FitOptions,
  FittedSeries,
  Hyperparameters,
  ModelFit,
  ModelForm,
  StageMetrics,
} from "./types";

/** Yields to the event loop (a macrotask where the host has setTimeout) so progress and cancel get through. */
function yieldToEventLoop(): Promise<void> {
  const timer = (globalThis as { setTimeout?: (callback: () => void, ms: number) => unknown })
    .setTimeout;
  return timer ? new Promise((resolve) => timer(resolve, 0)) : Promise.resolve();
}

/**
 * Searches and fits the mediation-aware marketing mix model: tunes each channel's adstock, saturation and on/off term
 * and the penalty by blocked time-series CV on the training weeks (with up to two years of data, a shape CV cannot tell
 * from the neutral one by several standard errors stays neutral: see `SHAPE_PRIOR_SE_FACTOR`), chooses a price
 * cut-off indicator by CV when sales collapse above some price, picks the additive or multiplicative form by CV,
 * scores the untouched holdout once and refits, for the observed and the cross-fitted mediator. Effects and
 * contributions are read off the result by `src/core/attribution` (`fitMmm` does both).
 *
 * Stage 1 (the "mediator" stage): mediator ~ social (adstock, saturation, on/off) + controls + trend + seasonality,
 * floored at 0. Stage 2 (the "outcome" stage): outcome ~ mediator + social direct paths + controls + trend +
 * seasonality (log1p outcome and log price in the multiplicative form). With `roles.mediator === null` it is a
 * single-stage MMM.
 *
 * @param dataset - validated weekly data (from `toDataset`)
 * @param options - see `FitOptions` (all optional)
 * @param hooks - onProgress(stage, done, total) and a cancel signal checked between search steps
 * @returns metrics, hyperparameters, coefficients, series, warnings and both variants' models with their columns
 * @throws {InvalidParameterError} when an option is out of range or the data are too short to validate
 * @throws {CancelledError} when `hooks.signal.aborted` becomes true
 * @example
 * const fit = await fitModel(dataset, { fitTime: "2026-01-05T10:00:00Z" });
 * fit.metrics.stage2.holdout?.wape; // => 0.08
 * @see Jin et al. (2017) for adstock/Hill.
 */
export async function fitModel(
  dataset: Dataset,
  options: FitOptions = {},
  hooks: FitHooks = {}
): Promise<ModelFit> {
  const resolved = resolveOptions(dataset, options);
  const liftTests = options.liftTests?.length ? windowLiftTests(options.liftTests, dataset) : [];
  const { roles, weeks } = dataset;
  const n = weeks.length;
  const prepared = prepareColumns(dataset, resolved.outliers);
  const columns = prepared.columns;
  const split = trainHoldout(n, resolved.holdoutShare);
  const folds = cvFolds(split.train.length, resolved.cvFolds);
  const forms: ModelForm[] =
    resolved.form === "auto" ? ["additive", "multiplicative"] : [resolved.form];
  const price = resolved.priceColumn;
  const cutoffFor = (form: ModelForm): number | null =>
    resolved.priceCutoff === "auto" && price !== null
      ? choosePriceCutoff({
          planFor: (cutoff) => buildPlans(dataset, columns, resolved, form, cutoff).outcome,
          columns,
          price: columns[price] as Series,
          train: split.train,
          folds,
        })
      : null;
  const cutoffByForm = new Map<ModelForm, number | null>(
    forms.map((form) => [form, cutoffFor(form)])
  );
  const plansByForm = new Map<ModelForm, Plans>(
    forms.map((form) => [
      form,
      buildPlans(dataset, columns, resolved, form, cutoffByForm.get(form) ?? null),
    ])
  );
  const firstPlans = plansByForm.get(forms[0] as ModelForm) as Plans;
  const onOffCandidates = onOffCandidatesOf(dataset, columns, resolved);
  // A yield costs a timer tick (≥ 1 ms, 4 ms in browsers): taken only when the last one is PROGRESS_YIELD_MS old
  // (every step where the host has no clock). Scheduling only: results never depend on the clock.
  const clock = (globalThis as { performance?: { now?: () => number } }).performance;
  let lastYield = -Infinity;
  const step = (label: string) => async (done: number, total: number) => {
    if (hooks.signal?.aborted) throw new CancelledError();
    hooks.onProgress?.(label, done, total);
    const now = clock?.now?.() ?? Infinity;
    if (!(now - lastYield < PROGRESS_YIELD_MS)) {
      await yieldToEventLoop();
      lastYield = clock?.now?.() ?? Infinity;
    }
    if (hooks.signal?.aborted) throw new CancelledError();
  };
  await step("start")(0, 1);

  let mediatorSearch: SearchOutput | null = null;
  if (firstPlans.mediator && roles.mediator) {
    const mediatorValues = columns[roles.mediator] as Series;
    // An often-zero mediator may be better modelled in two parts (hurdle): CV compares both.
    const twoPart =
      mediatorValues.filter((value) => value === 0).length >= ON_OFF_MIN_ZERO_SHARE * n;
    for (const activeWeeksOnly of twoPart ? [false, true] : [false]) {
      const search = await searchStage({
        plan: firstPlans.mediator,
        columns,
        y: transformTarget(mediatorValues, "identity"),
        folds,
        onOffCandidates,
        activeWeeksOnly,
        step: step(activeWeeksOnly ? "mediator search (two-part)" : "mediator search"),
      });
      if (
        !mediatorSearch ||
        search.hyperparameters.cvScore < mediatorSearch.hyperparameters.cvScore
      ) {
        mediatorSearch = search;
      }
    }
  }
  const context = { offset: 0 };
  const candidates: { form: ModelForm; plans: Plans; search: SearchOutput; cv: CvScores }[] = [];
  for (const form of forms) {
    const plans = plansByForm.get(form) as Plans;
    const search = await searchStage({
      plan: plans.outcome,
      columns,
      y: transformTarget(columns[roles.outcome] as Series, plans.outcome.targetTransform),
      folds,
      onOffCandidates,
      activeWeeksOnly: false,
      step: step(`outcome search (${form})`),
    });
    const cv = crossValidateStage(plans.outcome, search.hyperparameters, columns, folds, context);
    candidates.push({ form, plans, search, cv });
  }
  const chosen = candidates.reduce((best, candidate) =>
    candidate.cv.mean.wape < best.cv.mean.wape ? candidate : best
  );
  const cutoff = cutoffByForm.get(chosen.form) ?? null;
  const searched: Hyperparameters = {
    form: chosen.form,
    mediator: mediatorSearch?.hyperparameters ?? null,
    outcome:
      cutoff === null
        ? chosen.search.hyperparameters
        : { ...chosen.search.hyperparameters, priceCutoff: cutoff },
  };
  // Lift tests take part in the tested channels' shapes (the median-ROAS shape of those the data accept).
  const shapeChoice =
    liftTests.length > 0 && options.liftTestShapes !== false
      ? calibratedShapeChoice({
          dataset,
          columns,
          plans: chosen.plans,
          hyperparameters: searched,
          options: resolved,
          train: split.train,
          tests: liftTests,
        })
      : null;
  const hyperparameters: Hyperparameters = shapeChoice?.hyperparameters ?? searched;
  await step("fit")(0, 1);
  const trainModels = fitModels(
    dataset,
    columns,
    chosen.plans,
    hyperparameters,
    resolved,
    split.train,
    liftTests
  );
  const finalModels =
    resolved.finalFit === "all" && split.holdout.length > 0
      ? fitModels(
          dataset,
          columns,
          chosen.plans,
          hyperparameters,
          resolved,
          Array.from({ length: n }, (_, index) => index),
          liftTests
        )
      : trainModels;

  const isHoldout = weeks.map((_, index) => index >= split.train.length);
  const stageOutputs = (which: "mediator" | "outcome") => {
    const pickStage = (models: typeof trainModels) =>
      which === "mediator" ? models.observed.mediatorStage : models.observed.outcomeStage;
    const trainStage = pickStage(trainModels);
    const finalStage = pickStage(finalModels);
    const plan = which === "mediator" ? chosen.plans.mediator : chosen.plans.outcome;
    const settings = which === "mediator" ? hyperparameters.mediator : hyperparameters.outcome;
    if (!trainStage || !finalStage || !plan || !settings) return null;
    const actual = dataset.columns[plan.target] as Series;
    const forecast = evaluateStage(trainStage, columns).prediction;
    const fitted = evaluateStage(finalStage, columns).prediction;
    const metrics: StageMetrics = {
      train: scoreRows(actual, forecast, split.train),
      cv: crossValidateStage(plan, settings, columns, folds, context),
      holdout: split.holdout.length > 0 ? scoreRows(actual, forecast, split.holdout) : null,
    };
    const series: FittedSeries = {
      stage: which,
      actual: Float64Array.from(actual),
      fitted,
      forecast,
      isHoldout,
    };
    return { metrics, series };
  };
  const mediatorOutputs = stageOutputs("mediator");
  const outcomeOutputs = stageOutputs("outcome") as NonNullable<ReturnType<typeof stageOutputs>>;

  const warnings = [...prepared.warnings, ...fitWarnings(dataset, resolved, chosen.plans)];
  const plainLifts = (settings: Hyperparameters): number[] => {
    const rows =
      resolved.finalFit === "all" ? Array.from({ length: n }, (_, index) => index) : split.train;
    const plainModel = fitModels(
      dataset,
      columns,
      chosen.plans,
      settings,
      resolved,
      rows,
      [],
      "observed"
    ).observed;
    return liftTests.map((test) => modelLift(plainModel, columns, test).lift);
  };
  const formScore = (form: ModelForm) =>
    candidates.find((candidate) => candidate.form === form)?.cv.mean.wape ?? null;
  return {
    data: {
      weeks: n,
      start: weeks[0] ?? "",
      end: weeks[n - 1] ?? "",
      holdoutStart: split.holdout.length > 0 ? (weeks[split.train.length] ?? null) : null,
      trainWeeks: split.train.length,
    },
    roles,
    form: chosen.form,
    formScores: { additive: formScore("additive"), multiplicative: formScore("multiplicative") },
    metrics: { stage1: mediatorOutputs?.metrics ?? null, stage2: outcomeOutputs.metrics },
    hyperparameters,
    search: { cvFolds: folds.length, shapePriorStandardErrors: priorPull(n) },
    coefficients: coefficientTable(finalModels.observed),
    series: { stage1: mediatorOutputs?.series ?? null, stage2: outcomeOutputs.series },
    warnings,
    options: resolved,
    variants: {
      observed: finalModels.observed,
      predicted: finalModels.predicted,
      columns,
      predictedColumns: finalModels.predictedColumns,
    },
    referenceWeeks: finalModels === trainModels ? split.train : null,
    ...(finalModels.calibration
      ? {
          calibration: {
            ...calibrationReport(liftTests, {
              ...finalModels.calibration,
              // "Before" is the fit without tests: the plain search's shapes, uncalibrated.
              before:
                shapeChoice && shapeChoice.changed.length > 0
                  ? plainLifts(searched)
                  : finalModels.calibration.before,
            }),
            shapesChanged: shapeChoice?.changed ?? [],
            ...(shapeChoice && Object.keys(shapeChoice.plausible).length > 0
              ? { plausibleShapes: shapeChoice.plausible }
              : {}),
          },
        }
      : {}),
  };
}
