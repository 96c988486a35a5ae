import { buildFeatures } from "../../model/_internal/buildFeatures";
import type { FittedSeries, FittedStage } from "../../model/types";
import type { Series } from "../../types";
import { outcomeScale } from "./predictionBand";

/** A stage's training design, residuals and feature names. */
export interface StageDesign {
  readonly names: readonly string[];
  /** `[rows][features]` of the training rows. */
  readonly rows: number[][];
  /** Training residuals on the stage's fitted scale: `[rows]`. */
  readonly residuals: Float64Array;
  /** Week index of each row. */
  readonly weeks: readonly number[];
}

/**
 * Rebuilds a stage's features as the model builds them (adstock, saturation, controls, trend, seasonality) and
 * takes the training weeks (for a two-part stage, the training weeks with a positive target), with the training
 * model's residuals on the stage's fitted scale (log1p for the multiplicative outcome).
 *
 * @param stage - the fitted stage (its feature specs)
 * @param series - the stage's actual and training-only forecast
 * @param columns - the input columns (observed mediator in stage 2)
 */
export function stageDesign(
  stage: FittedStage,
  series: FittedSeries,
  columns: Readonly<Record<string, Series>>
): StageDesign {
  const features = buildFeatures(stage.features, columns, { offset: 0 });
  const scale = outcomeScale(stage.targetTransform);
  const weeks: number[] = [];
  series.isHoldout.forEach((holdout, t) => {
    if (!holdout && (!stage.activeWeeksOnly || (series.actual[t] as number) > 0)) weeks.push(t);
  });
  return {
    names: stage.features.map((feature) => feature.name),
    rows: weeks.map((t) => features.map((feature) => feature[t] as number)),
    residuals: Float64Array.from(
      weeks,
      (t) => scale.forward(series.actual[t] as number) - scale.forward(series.forecast[t] as number)
    ),
    weeks,
  };
}
