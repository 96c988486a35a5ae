import {
  coefficientStability,
  type CoefficientStability,
} from "../diagnostics/coefficientStability";
import type { DiagnosticCheck } from "../diagnostics/checkStatus";
import { residualDiagnostics } from "../diagnostics/residualDiagnostics";
import { varianceInflation } from "../diagnostics/varianceInflation";
import { fitWithFixedHyperparameters } from "../attribution/fitWithFixedHyperparameters";
import { evaluateStage } from "../model/_internal/evaluateStage";
import type {
  FittedModel,
  FittedSeries,
  FittedStage,
  MmmResult,
  StageMetrics,
} from "../model/types";
import type { Dataset, Series } from "../types";
import { r2 } from "../validation/metrics/r2";
import {
  MAX_STABILITY_WINDOWS,
  MIN_STABILITY_WINDOW_WEEKS,
  STABILITY_STEP_WEEKS,
  STABILITY_WINDOW_WEEKS,
} from "./constants";
import { fitOptionsOf } from "./_internal/fitOptionsOf";
import { nonLinearCheck } from "./_internal/nonLinearCheck";
import { stabilityChecks } from "./_internal/stabilityChecks";
import { stageDesign } from "./_internal/stageDesign";
import { stageScores } from "./_internal/stageScores";
import type { FitDiagnostics, StageDiagnostics } from "./types";

/** Options of {@link diagnoseFit}. */
export interface DiagnoseFitOptions {
  /** Weeks per rolling window of the stability check; 0 turns it off. @defaultValue 52, or half the data when shorter */
  readonly stabilityWindow?: number;
  /** Weeks between window starts. @defaultValue 4 */
  readonly stabilityStep?: number;
}

/** Media coefficients of a stage by feature name. */
function mediaCoefficients(stage: FittedStage | null): Record<string, number> {
  const out: Record<string, number> = {};
  stage?.features.forEach((feature, j) => {
    if (feature.kind === "media") out[feature.name] = stage.coefficients[j] as number;
  });
  return out;
}

/**
 * Diagnostics of each stage of a fit: scores (R², RMSE, MAE, MAPE, NRMSE on train, CV mean ± sd, holdout),
 * residual tests on the training residuals with the stage's own design (Durbin–Watson, Ljung–Box, normality,
 * Breusch–Pagan, VIF per feature), media-coefficient stability and R² across rolling one-year windows (refits
 * with the hyperparameters held fixed), and a random-forest check on stage 2's residuals for structure the linear
 * model missed (trained on training weeks, scored on holdout). Every failed check, and every stability or
 * non-linear check needing review, adds a plain-language line to `warnings`.
 * Cost: one refit per window (at most MAX_STABILITY_WINDOWS, so near-linear in weeks) plus a 100-tree forest (~0.2 s).
 *
 * @param dataset - the data the result was fitted on
 * @param result - `fitMmm`'s result
 * @param options - stabilityWindow, stabilityStep
 * @returns per-stage scores, residual checks, VIFs, stability; the non-linear check; warnings
 * @throws {InvalidParameterError} when the stability window is longer than the data
 * @example
 * diagnoseFit(dataset, result).warnings; // => ["Autocorrelation (Durbin–Watson): …"]
 * @see Meridian's model review (pass/review/fail checks); Breiman (2001), Random Forests, Machine Learning 45.
 */
export function diagnoseFit(
  dataset: Dataset,
  result: MmmResult,
  options: DiagnoseFitOptions = {}
): FitDiagnostics {
  const n = dataset.weeks.length;
  const columns = dataset.columns;
  const model = result.model;
  const fitOptions = fitOptionsOf(result.options);
  const windowSize =
    options.stabilityWindow ??
    (n >= 2 * STABILITY_WINDOW_WEEKS ? STABILITY_WINDOW_WEEKS : Math.floor(n / 2));
  const refits = new Map<number, FittedModel | null>();
  const refit = (start: number, end: number): FittedModel | null => {
    if (!refits.has(start)) {
      const rows = Array.from({ length: end - start }, (_, i) => start + i);
      try {
        refits.set(
          start,
          fitWithFixedHyperparameters(dataset, result.hyperparameters, fitOptions, rows).model
        );
      } catch {
        refits.set(start, null);
      }
    }
    return refits.get(start) ?? null;
  };
  const stabilityOf = (which: "mediator" | "outcome"): CoefficientStability | null => {
    if (windowSize === 0 || windowSize < MIN_STABILITY_WINDOW_WEEKS) return null;
    const target = which === "mediator" ? model.roles.mediator : model.roles.outcome;
    if (target === null) return null;
    return coefficientStability(
      (start, end) => {
        const fitted = refit(start, end);
        if (!fitted) return { coefficients: {}, r2: Number.NaN };
        const stage = which === "mediator" ? fitted.mediatorStage : fitted.outcomeStage;
        if (!stage) return { coefficients: {}, r2: Number.NaN };
        // The stage on its own inputs (observed mediator in stage 2; two-part stage 1 zero in weeks off).
        const predicted = evaluateStage(stage, columns).prediction;
        const actual = columns[target] as Series;
        return {
          coefficients: mediaCoefficients(stage),
          r2: r2(actual.subarray(start, end), predicted.subarray(start, end)),
        };
      },
      n,
      { windowSize, step: options.stabilityStep ?? stabilityStep(n, windowSize) }
    );
  };
  const diagnose = (
    stage: FittedStage,
    series: FittedSeries,
    metrics: StageMetrics
  ): StageDiagnostics => {
    const design = stageDesign(stage, series, columns);
    const stability = stabilityOf(stage.stage);
    return {
      stage: stage.stage,
      scores: stageScores(metrics),
      residualChecks: residualDiagnostics(design.residuals, design.rows, design.names),
      vif: varianceInflation(design.rows, design.names),
      stability,
      stabilityChecks: stability ? stabilityChecks(stability, stage.stage) : [],
    };
  };
  const stages: StageDiagnostics[] = [];
  if (model.mediatorStage && result.series.stage1 && result.metrics.stage1) {
    stages.push(diagnose(model.mediatorStage, result.series.stage1, result.metrics.stage1));
  }
  stages.push(diagnose(model.outcomeStage, result.series.stage2, result.metrics.stage2));
  const nonLinear = nonLinearCheck(
    model.outcomeStage,
    result.series.stage2,
    columns,
    model.roles.social,
    model.roles.mediator
  );
  const line = (stage: string, check: DiagnosticCheck) =>
    `${check.label} [${stage} stage]: ${check.message}`;
  const warnings: string[] = [];
  for (const stage of stages) {
    for (const check of stage.residualChecks) {
      if (check.status === "fail") warnings.push(line(stage.stage, check));
    }
    for (const check of stage.stabilityChecks) {
      if (check.status !== "pass") warnings.push(line(stage.stage, check));
    }
  }
  if (nonLinear && nonLinear.check.status !== "pass")
    warnings.push(line("outcome", nonLinear.check));
  return { stages, nonLinear, warnings };
}

/** The default step: a month, widened on long data so that at most MAX_STABILITY_WINDOWS windows are refitted. */
export function stabilityStep(periods: number, windowSize: number): number {
  const span = Math.max(0, periods - windowSize);
  return Math.max(STABILITY_STEP_WEEKS, Math.ceil(span / (MAX_STABILITY_WINDOWS - 1)));
}
