import type { Series } from "../../types";
import type { FittedStage } from "../types";
import { buildFeatures, type BuildContext } from "./buildFeatures";

/** A stage evaluated on some weeks. */
export interface StageEvaluation {
  /** Intercept + Σ coefficient × feature, on the target's transformed scale: `[periods]`. */
  readonly linear: Float64Array;
  /** Back on the target's scale (expm1 for log1p), floored at 0 when the stage asks: `[periods]`. */
  readonly prediction: Float64Array;
  /** coefficient × feature per feature: `[features][periods]`. */
  readonly terms: readonly Float64Array[];
}

/**
 * Evaluates a fitted stage on weekly input columns.
 *
 * @param stage - the fitted stage
 * @param columns - input columns by name, each `[periods]`
 * @param context - offset of the first row from the data's first week
 * @returns linear predictor, prediction and per-feature terms
 */
export function evaluateStage(
  stage: FittedStage,
  columns: Readonly<Record<string, Series>>,
  context: BuildContext = { offset: 0 }
): StageEvaluation {
  const features = buildFeatures(stage.features, columns, context);
  const periods = features[0]?.length ?? 0;
  const linear = new Float64Array(periods).fill(stage.intercept);
  features.forEach((feature, j) => {
    const beta = stage.coefficients[j] as number;
    for (let t = 0; t < periods; t++)
      linear[t] = (linear[t] as number) + beta * (feature[t] as number);
  });
  // Terms are built only when read (the decomposition): counterfactuals need the prediction alone, and allocating
  // features × weeks per evaluation was most of a long table's bootstrap.
  let terms: readonly Float64Array[] | null = null;
  const termsOf = (): readonly Float64Array[] =>
    (terms ??= features.map((feature, j) => {
      const beta = stage.coefficients[j] as number;
      const term = new Float64Array(periods);
      for (let t = 0; t < periods; t++) term[t] = beta * (feature[t] as number);
      return term;
    }));
  const active = stage.activeWeeksOnly ? columns[stage.target] : undefined;
  const prediction = linear.map((value, t) => {
    if (active && !((active[t] as number) > 0)) return 0;
    const back = stage.targetTransform === "log1p" ? Math.expm1(value) : value;
    return stage.floorAtZero ? Math.max(back, 0) : back;
  });
  return {
    linear,
    prediction,
    get terms() {
      return termsOf();
    },
  };
}
