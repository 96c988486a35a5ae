import { RandomForestRegression } from "ml-random-forest";
import type { DiagnosticCheck } from "../../diagnostics/checkStatus";
import type { FittedSeries, FittedStage, StageName } from "../../model/types";
import type { Series } from "../../types";
import {
  NONLINEAR_IMPROVEMENT_THRESHOLD,
  NONLINEAR_MAX_TRAIN_WEEKS,
  NONLINEAR_SEED,
  NONLINEAR_TREES,
} from "../constants";
import type { NonLinearCheck } from "../types";
import { outcomeScale } from "./predictionBand";

/** Residuals of x after a least-squares line on z (with intercept), fitted on the training rows. */
function residualise(x: Series, z: Series | null, train: readonly number[]): Float64Array {
  if (z === null) return Float64Array.from(x);
  let mx = 0;
  let mz = 0;
  for (const t of train) {
    mx += x[t] as number;
    mz += z[t] as number;
  }
  mx /= train.length;
  mz /= train.length;
  let sxz = 0;
  let szz = 0;
  for (const t of train) {
    sxz += ((x[t] as number) - mx) * ((z[t] as number) - mz);
    szz += ((z[t] as number) - mz) ** 2;
  }
  const slope = szz > 0 ? sxz / szz : 0;
  return x.map((value, t) => value - mx - slope * ((z[t] as number) - mz));
}

const rootMeanSquare = (values: readonly number[]): number =>
  Math.sqrt(values.reduce((sum, value) => sum + value * value, 0) / values.length);

/**
 * Random-forest check for structure the linear stage 2 missed: a seeded forest predicts stage 2's training
 * residuals from the social channels residualised on the mediator (their part google does not explain, so the
 * forest looks for direct, non-linear or interacting social effects), and is scored on the holdout weeks.
 *
 * @returns null without holdout weeks or social channels
 */
export function nonLinearCheck(
  stage: FittedStage,
  series: FittedSeries,
  columns: Readonly<Record<string, Series>>,
  social: readonly string[],
  mediator: string | null
): NonLinearCheck | null {
  const allTrain: number[] = [];
  const holdout: number[] = [];
  series.isHoldout.forEach((isHoldout, t) => (isHoldout ? holdout : allTrain).push(t));
  const train = allTrain.slice(-NONLINEAR_MAX_TRAIN_WEEKS);
  if (holdout.length === 0 || social.length === 0 || train.length < 2) return null;
  const scale = outcomeScale(stage.targetTransform);
  const residual = (t: number) =>
    scale.forward(series.actual[t] as number) - scale.forward(series.forecast[t] as number);
  const z = mediator !== null ? ((columns[mediator] as Series | undefined) ?? null) : null;
  const inputs = social.map((name) => residualise(columns[name] as Series, z, train));
  const row = (t: number) => inputs.map((input) => input[t] as number);
  const forest = new RandomForestRegression({
    nEstimators: NONLINEAR_TREES,
    seed: NONLINEAR_SEED,
    // ml-random-forest draws features per tree, not per split: give every tree all of them (plain bagging).
    maxFeatures: social.length,
    replacement: false,
    useSampleBagging: true,
    noOOB: true,
  });
  forest.train(train.map(row), train.map(residual));
  const predicted = forest.predict(holdout.map(row));
  const baseline = holdout.map(residual);
  const baselineRmse = rootMeanSquare(baseline);
  const forestRmse = rootMeanSquare(baseline.map((value, i) => value - (predicted[i] as number)));
  const improvement = baselineRmse > 0 ? 1 - forestRmse / baselineRmse : 0;
  const found = improvement > NONLINEAR_IMPROVEMENT_THRESHOLD;
  const stageName: StageName = stage.stage;
  const check: DiagnosticCheck = {
    id: "nonLinear",
    label: "Structure the linear model missed (random forest on residuals)",
    status: found ? "review" : "pass",
    statistic: improvement,
    message: found
      ? `A random forest on the social channels (net of ${mediator ?? "nothing"}) cut the ${stageName} stage's ` +
        `holdout error by ${(100 * improvement).toFixed(0)}%: revenue responds to social spend in a way the model ` +
        "does not capture (a non-linear or interacting effect). Consider other saturation shapes or interactions."
      : `A random forest on the social channels found no structure the linear ${stageName} stage missed ` +
        `(holdout error change ${(100 * improvement).toFixed(0)}%, threshold ${(100 * NONLINEAR_IMPROVEMENT_THRESHOLD).toFixed(0)}%).`,
  };
  return {
    baselineRmse,
    forestRmse,
    improvement,
    threshold: NONLINEAR_IMPROVEMENT_THRESHOLD,
    features: social.map((name) => (z === null ? name : `${name} | ${mediator}`)),
    check,
  };
}
