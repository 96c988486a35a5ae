import { ModelNotFittedError } from "../core/errors";
import { DEFAULT_TARGET_RELATIVE_SE } from "../core/experiments/constants";
import { planLiftTest } from "../core/experiments/planLiftTest";
import type { SavedModel } from "../workbookModel/savedModel";

/**
 * MMM.TESTPLAN's label/value rows: the lift the model expects from a test, its standard error from the holdout
 * RMSE (the model's weekly forecast error), the relative SE and the weeks a test needs for a 20% relative SE.
 *
 * @param saved - the workbook's model with its holdout scores
 * @param channel - a social channel, named as in the model
 * @param change - spend change as a fraction (0.5 = +50%, −1 = off)
 * @param weeks - test length in weeks
 * @param readoutWeeks - read-out weeks after the test that the lift counts (0 = none)
 * @returns label/value rows ("" where no test up to a year would reach the target)
 * @throws {ModelNotFittedError} when the saved model has no holdout scores to take the noise from
 * @example
 * testPlanRows(saved, "tiktok_spend", 0.5, 8)[0]; // => ["expected lift", 41200]
 */
export function testPlanRows(
  saved: SavedModel,
  channel: string,
  change: number,
  weeks: number,
  readoutWeeks = 0
): (string | number)[][] {
  const residualSd = saved.holdout?.rmse;
  if (residualSd === undefined || !(residualSd > 0)) {
    throw new ModelNotFittedError(
      "TESTPLAN takes the weekly noise from the holdout weeks, and this model was saved without them: fit with a holdout share above 0."
    );
  }
  const plan = planLiftTest(saved.model, {
    channel: channel.trim(),
    change,
    weeks,
    residualSd,
    readoutWeeks,
  });
  return [
    ["expected lift", plan.expectedLift],
    ["standard error", plan.standardError],
    ["relative SE", plan.relativeSe],
    [`weeks for ${Math.round(DEFAULT_TARGET_RELATIVE_SE * 100)}% SE`, plan.weeksNeeded ?? ""],
  ];
}
