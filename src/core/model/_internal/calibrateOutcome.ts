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

/** The calibrated stages and each test's model lift before and after. */
export interface CalibratedOutcome {
  readonly stage: FittedStage;
  /** Stage 1 as calibrated (the model's own when stage 1 was not calibrated, null without a mediator). */
  readonly mediatorStage: FittedStage | null;
  /** `[tests]` model lift of the plain fit. */
  readonly before: readonly number[];
  /** `[tests]` model lift of the calibrated fit. */
  readonly after: readonly number[];
  readonly iterations: number;
}

/** A stage's layout and settings, to refit it with pseudo-rows. */
interface StageSetup {
  readonly plan: StagePlan;
  readonly settings: StageHyperparameters;
}

/**
 * Calibrates the model to lift tests: minimises, over stage 2's and (with `mediator`) stage 1's coefficients,
 * Σ residual₂²/σ₂² + Σ residual₁²/σ₁² + Σ_k (lift_k − measured_k)²/SE_k², σ² each stage's plain-fit residual
 * variance on its fitted scale, so a test counts as much as its precision says next to each stage's weekly data.
 * lift_k is the model's counterfactual lift (`modelLift`) through both stages: its mediated part is stage 1's
 * response of Google to the channel times stage 2's response of revenue to Google, so a "total" test moves the
 * stage whose data pin it least. Each test enters a stage's least squares as a weighted pseudo-row, the lift
 * linearised (forward differences over the test channel's features, the mediator's and the intercept in stage 2 —
 * every feature in the multiplicative form — and the channel's features in stage 1); the stages are refitted in
 * turn until no lift moves (block Gauss–Newton). In the additive form with stage 1 fixed one refit is exact.
 */
export function calibrateOutcome(input: {
  readonly model: FittedModel;
  readonly plan: StagePlan;
  readonly settings: StageHyperparameters;
  readonly columns: Readonly<Record<string, Series>>;
  readonly rows: ArrayLike<number>;
  readonly context: BuildContext;
  readonly tests: readonly WindowedLiftTest[];
  /** Stage 1's layout and settings: given, stage 1 is calibrated too (observed variant only: its target is the data). */
  readonly mediator?: StageSetup | null;
}): CalibratedOutcome {
  const { model, plan, settings, columns, rows, context, tests } = input;
  const liftsOf = (current: FittedModel) =>
    tests.map((test) => modelLift(current, columns, test).lift);
  const before = liftsOf(model);
  const outcomeVariance = residualVariance(model.outcomeStage, plan, columns, rows, context);
  const mediator =
    input.mediator && model.mediatorStage && tests.some((test) => test.path === "total")
      ? input.mediator
      : null;
  const mediatorVariance =
    mediator && model.mediatorStage
      ? residualVariance(model.mediatorStage, mediator.plan, columns, rows, context)
      : 0;
  let current = model;
  let lifts = before;
  let iterations = 0;
  while (iterations < CALIBRATION_MAX_ITERATIONS) {
    iterations++;
    const start = lifts;
    if (mediator && current.mediatorStage) {
      const at = current;
      const atLifts = lifts;
      const extraRows = tests.flatMap((test, k) =>
        test.path === "total"
          ? [pseudoRow(at, "mediator", columns, test, atLifts[k] as number, mediatorVariance)]
          : []
      );
      const mediatorStage = fitStage(
        mediator.plan,
        mediator.settings,
        columns,
        rows,
        context,
        extraRows
      );
      current = { ...current, mediatorStage };
      lifts = liftsOf(current);
    }
    const at = current;
    const atLifts = lifts;
    const extraRows = tests.map((test, k) =>
      pseudoRow(at, "outcome", columns, test, atLifts[k] as number, outcomeVariance)
    );
    current = {
      ...current,
      outcomeStage: fitStage(plan, settings, columns, rows, context, extraRows),
    };
    lifts = liftsOf(current);
    const moved = Math.max(
      ...tests.map(
        (test, k) => Math.abs((lifts[k] as number) - (start[k] as number)) / test.standardError
      )
    );
    if (moved < CALIBRATION_TOLERANCE) break;
  }
  return {
    stage: current.outcomeStage,
    mediatorStage: current.mediatorStage,
    before,
    after: lifts,
    iterations,
  };
}

/** Residual variance of a stage's plain fit on its fit rows, on its fitted scale. */
function residualVariance(
  stage: FittedStage,
  plan: StagePlan,
  columns: Readonly<Record<string, Series>>,
  rows: ArrayLike<number>,
  context: BuildContext
): number {
  const target = columns[plan.target] as Series;
  const y = transformTarget(target, plan.targetTransform);
  const linear = evaluateStage(stage, columns, context).linear;
  let squares = 0;
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    // A two-part stage fits its active weeks only: the others are no residual of it.
    if (stage.activeWeeksOnly && !((target[row] as number) > 0)) continue;
    squares += ((y[row] as number) - (linear[row] as number)) ** 2;
    count++;
  }
  return squares / Math.max(count, 1);
}

/** Linearised pseudo-row of one test for one stage, at the current model. */
function pseudoRow(
  model: FittedModel,
  which: "mediator" | "outcome",
  columns: Readonly<Record<string, Series>>,
  test: WindowedLiftTest,
  lift: number,
  variance: number
): ExtraRow {
  const stage = (which === "mediator" ? model.mediatorStage : model.outcomeStage) as FittedStage;
  const mediator = model.roles.mediator;
  const liftAt = (coefficients: readonly number[], intercept: number) => {
    const changed = { ...stage, coefficients, intercept };
    const at =
      which === "mediator"
        ? { ...model, mediatorStage: changed }
        : { ...model, outcomeStage: changed };
    return modelLift(at, columns, test).lift;
  };
  const gradient = new Float64Array(stage.features.length);
  let offset = 0;
  stage.features.forEach((feature, j) => {
    const column = feature.kind === "media" || feature.kind === "onOff" ? feature.column : null;
    // Stage 1 moves the lift only through the channel's own terms (Google's response to it). In stage 2, on the
    // log scale every coefficient moves the lift (it scales the revenue the channel's share applies to); in the
    // additive form only the channel's and (total path) the mediator's terms do.
    const related =
      which === "mediator"
        ? column === test.channel
        : stage.targetTransform === "log1p" ||
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
  // Stage 1's intercept cancels in the lift (a difference of two predictions) unless the floor at 0 binds.
  const interceptGradient =
    (liftAt(stage.coefficients, stage.intercept + CALIBRATION_STEP) - lift) / CALIBRATION_STEP;
  return {
    gradient,
    interceptGradient,
    target: test.lift - lift + offset + interceptGradient * stage.intercept,
    weight: variance / test.standardError ** 2,
  };
}
