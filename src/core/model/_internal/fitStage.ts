import type { Series } from "../../types";
import type { FittedStage, StageHyperparameters } from "../types";
import { buildFeatures, type BuildContext } from "./buildFeatures";
import { crossProducts, fitCrossProducts, type ExtraRow } from "./crossProducts";
import { nonNegativeFlags, stageFeatures, type StagePlan } from "./stagePlan";

/** Transforms a target column onto the stage's fitted scale (log1p keeps zero weeks at 0). */
export function transformTarget(values: Series, transform: "identity" | "log1p"): Series {
  return transform === "log1p"
    ? values.map((value) => Math.log1p(Math.max(value, 0)))
    : Float64Array.from(values);
}

/**
 * Fits one stage's coefficients with its transforms and penalty held fixed.
 *
 * @param plan - the stage's layout (target, controls, channels, seasonality)
 * @param hyperparameters - channel transforms, α and ρ
 * @param columns - input columns by name, each `[periods]` (the target among them)
 * @param rows - week indices to fit on (may repeat: bootstrap)
 * @param context - build context (offset 0 and an optional media cache)
 * @param extraRows - weighted pseudo-rows added to the least squares (lift-test calibration); default none
 * @returns the fitted stage as plain data
 */
export function fitStage(
  plan: StagePlan,
  hyperparameters: StageHyperparameters,
  columns: Readonly<Record<string, Series>>,
  rows: ArrayLike<number>,
  context: BuildContext = { offset: 0 },
  extraRows: readonly ExtraRow[] = []
): FittedStage {
  const features = stageFeatures(plan, hyperparameters.channels);
  const design = buildFeatures(features, columns, context);
  const y = transformTarget(columns[plan.target] as Series, plan.targetTransform);
  const target = columns[plan.target] as Series;
  const fitRows = hyperparameters.activeWeeksOnly
    ? Array.from(rows).filter((row) => (target[row] as number) > 0)
    : rows;
  const fit = fitCrossProducts(crossProducts(design, y, fitRows), {
    alpha: hyperparameters.alpha,
    l1Ratio: hyperparameters.l1Ratio,
    nonNegative: nonNegativeFlags(plan, features),
    ...(extraRows.length > 0 ? { extraRows } : {}),
  });
  return {
    stage: plan.stage,
    target: plan.target,
    targetTransform: plan.targetTransform,
    floorAtZero: plan.floorAtZero,
    activeWeeksOnly: hyperparameters.activeWeeksOnly,
    features,
    intercept: fit.intercept,
    coefficients: Array.from(fit.coefficients),
    featureScales: Array.from(fit.scales),
  };
}
