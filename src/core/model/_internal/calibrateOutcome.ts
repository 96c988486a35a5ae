import { modelLift } from "../../experiments/modelLift";
import type { WindowedLiftTest } from "../../experiments/types";
import type { Series } from "../../types";
import { CALIBRATION_MAX_ITERATIONS, CALIBRATION_STEP, CALIBRATION_TOLERANCE } from "../constants";
import type { FittedModel, FittedStage, StageHyperparameters } from "../types";
import type { BuildContext } from "./buildFeatures";
import type { ExtraRow } from "./crossProducts";
import { evaluateStage } from "./evaluateStage";
import { fitStage, transformTarget } from "./fitStage";
import type { StagePlan } from "./stagePlan";

/** The calibrated stage and each test's model lift before and after. */
export interface CalibratedOutcome {
  readonly stage: FittedStage;
  /** `[tests]` model lift of the plain fit. */
  readonly before: readonly number[];
  /** `[tests]` model lift of the calibrated fit. */
  readonly after: readonly number[];
  readonly iterations: number;
}

/**
 * Refits stage 2 with each lift test as a weighted pseudo-row: the objective becomes
 * Σ residual² + Σ_k σ²/SE_k² · (lift_k(β) − measured_k)², σ² the plain fit's residual variance on the fitted
 * scale, so a test counts as much as its precision says next to the weekly data. lift_k(β) is the model's
 * counterfactual lift (`modelLift`) through both stages with stage 1 as fitted: it is linear in stage 2's
 * coefficients in the additive form (one step is exact), and is linearised and the refit repeated
 * (Gauss–Newton) in the multiplicative form. Its gradient is taken by forward differences over the coefficients of
 * the test channel's features and, for a "total" test, the mediator's (every feature in the multiplicative form),
 * and the intercept.
 */
export function calibrateOutcome(input: {
  readonly model: FittedModel;
  readonly plan: StagePlan;
  readonly settings: StageHyperparameters;
  readonly columns: Readonly<Record<string, Series>>;
  readonly rows: ArrayLike<number>;
  readonly context: BuildContext;
  readonly tests: readonly WindowedLiftTest[];
}): CalibratedOutcome {
  const { model, plan, settings, columns, rows, context, tests } = input;
  const plain = model.outcomeStage;
  const liftsOf = (stage: FittedStage) =>
    tests.map((test) => modelLift({ ...model, outcomeStage: stage }, columns, test).lift);
  const before = liftsOf(plain);
  const y = transformTarget(columns[plan.target] as Series, plan.targetTransform);
  const linear = evaluateStage(plain, columns, context).linear;
  let squares = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    squares += ((y[row] as number) - (linear[row] as number)) ** 2;
  }
  const residualVariance = squares / Math.max(rows.length, 1);
  let stage = plain;
  let lifts = before;
  let iterations = 0;
  while (iterations < CALIBRATION_MAX_ITERATIONS) {
    iterations++;
    const extraRows: ExtraRow[] = tests.map((test, k) =>
      pseudoRow(model, stage, columns, test, lifts[k] as number, residualVariance)
    );
    const next = fitStage(plan, settings, columns, rows, context, extraRows);
    const nextLifts = liftsOf(next);
    const moved = Math.max(
      ...tests.map(
        (test, k) => Math.abs((nextLifts[k] as number) - (lifts[k] as number)) / test.standardError
      )
    );
    stage = next;
    lifts = nextLifts;
    if (moved < CALIBRATION_TOLERANCE) break;
  }
  return { stage, before, after: lifts, iterations };
}

/** Linearised pseudo-row of one test at the current stage. */
function pseudoRow(
  model: FittedModel,
  stage: FittedStage,
  columns: Readonly<Record<string, Series>>,
  test: WindowedLiftTest,
  lift: number,
  residualVariance: number
): ExtraRow {
  const mediator = model.roles.mediator;
  const liftAt = (coefficients: readonly number[], intercept: number) =>
    modelLift({ ...model, outcomeStage: { ...stage, coefficients, intercept } }, columns, test)
      .lift;
  const gradient = new Float64Array(stage.features.length);
  let offset = 0;
  stage.features.forEach((feature, j) => {
    const column = feature.kind === "media" || feature.kind === "onOff" ? feature.column : null;
    // On the log scale every coefficient moves the lift (it scales the revenue the channel's share applies to);
    // in the additive form only the channel's and (total path) the mediator's terms do.
    const related =
      stage.targetTransform === "log1p" ||
      column === test.channel ||
      (test.path === "total" && column !== null && column === mediator);
    const scale = stage.featureScales[j] as number;
    if (!related || !(scale > 0)) return;
    const step = CALIBRATION_STEP / scale;
    const coefficients = [...stage.coefficients];
    coefficients[j] = (coefficients[j] as number) + step;
    gradient[j] = (liftAt(coefficients, stage.intercept) - lift) / step;
    offset += gradient[j] * (stage.coefficients[j] as number);
  });
  const interceptGradient =
    (liftAt(stage.coefficients, stage.intercept + CALIBRATION_STEP) - lift) / CALIBRATION_STEP;
  return {
    gradient,
    interceptGradient,
    target: test.lift - lift + offset + interceptGradient * stage.intercept,
    weight: residualVariance / test.standardError ** 2,
  };
}
