import type { FittedModel } from "../model/types";

/**
 * Current weekly spend of every social channel and of the mediator: the mean of the last weeks the model stores
 * (its carry-over history, 26 weeks by default), i.e. the recent operating point the optimiser starts from.
 *
 * @param model - a fitted model (`result.model` or `parseModel(...)`)
 * @returns mean weekly spend by column name (0 for a column without stored history)
 * @example
 * currentWeeklySpend(model).tiktok_spend; // => 5123.4 (mean of the last 26 weeks)
 * @see predictModel, which continues from the same stored history
 */
export function currentWeeklySpend(model: FittedModel): Readonly<Record<string, number>> {
  const names = [...model.roles.social];
  if (model.roles.mediator !== null) names.push(model.roles.mediator);
  const current: Record<string, number> = {};
  for (const name of names) {
    const history = model.history[name] ?? [];
    current[name] =
      history.length === 0 ? 0 : history.reduce((sum, value) => sum + value, 0) / history.length;
  }
  return current;
}
