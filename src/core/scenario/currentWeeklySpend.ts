import { InvalidParameterError } from "../errors";
import type { FittedModel } from "../model/types";
import { CURRENT_SPEND_WEEKS } from "./constants";
import type { SpendResponseOptions } from "./types";

/**
 * Current weekly spend of every social channel and of the mediator: the mean of the last `currentSpendWeeks` weeks
 * of the model's stored history (fewer if it stores fewer), i.e. the recent operating point a plan starts from.
 *
 * @param model - a fitted model (`result.model` or `parseModel(...)`)
 * @param options - currentSpendWeeks (whole, ≥ 1)
 * @returns mean weekly spend by column name (0 for a column without stored history)
 * @throws {InvalidParameterError} when currentSpendWeeks is not a whole number ≥ 1
 * @example
 * currentWeeklySpend(model).tiktok_spend; // => 5123.4 (mean of the last 13 weeks)
 * @see predictModel, which continues from the same stored history
 */
export function currentWeeklySpend(
  model: FittedModel,
  options: SpendResponseOptions = {}
): Readonly<Record<string, number>> {
  const weeks = options.currentSpendWeeks ?? CURRENT_SPEND_WEEKS;
  if (!(Number.isInteger(weeks) && weeks >= 1)) {
    throw new InvalidParameterError(
      "currentSpendWeeks",
      `Current spend must average a whole number of weeks, 1 or more (got ${weeks}).`
    );
  }
  const names = [...model.roles.social];
  if (model.roles.mediator !== null) names.push(model.roles.mediator);
  const current: Record<string, number> = {};
  for (const name of names) {
    const recent = (model.history[name] ?? []).slice(-weeks);
    current[name] =
      recent.length === 0 ? 0 : recent.reduce((sum, value) => sum + value, 0) / recent.length;
  }
  return current;
}
