import type { FittedModel } from "../model/types";
import { CURRENT_SPEND_WEEKS, RESPONSE_HORIZON_WEEKS } from "./constants";
import type { SpendResponseOptions, SpendResponseWindow } from "./types";

/**
 * The spend-response definition a model's plan and curves use, as data and as one plain sentence that every output
 * showing them (Budget sheet, budget.csv, report, MMM.OPTIMIZE) states.
 *
 * @param model - a fitted model
 * @param options - currentSpendWeeks, horizonWeeks (the same options given to the plan)
 * @returns weeks of current spend (capped at the stored history), projection weeks, mediator treatment, statement
 * @example
 * spendResponseWindow(model).statement;
 * // => "Current spend = mean of the last 13 weeks; revenue = mean weekly revenue over the next 52 weeks; google_spend follows social spend as stage 1 predicts (not a budget line)."
 */
export function spendResponseWindow(
  model: FittedModel,
  options: SpendResponseOptions = {}
): SpendResponseWindow {
  const stored = Math.max(0, ...model.roles.social.map((name) => model.history[name]?.length ?? 0));
  const currentSpendWeeks = Math.min(options.currentSpendWeeks ?? CURRENT_SPEND_WEEKS, stored);
  const horizonWeeks = options.horizonWeeks ?? RESPONSE_HORIZON_WEEKS;
  const mediator = model.roles.mediator;
  const paths =
    mediator === null
      ? "every media channel is a budget line (single-stage model)"
      : `${mediator} follows social spend as stage 1 predicts (not a budget line)`;
  return {
    currentSpendWeeks,
    horizonWeeks,
    mediator,
    mediatorTreatment: mediator === null ? "none" : "follows",
    statement:
      `Current spend = mean of the last ${currentSpendWeeks} weeks; revenue = mean weekly revenue over the ` +
      `next ${horizonWeeks} weeks; ${paths}.`,
  };
}
