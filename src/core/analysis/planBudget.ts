import type { FittedModel } from "../model/types";
import { allocateBudget } from "../optimizer/allocateBudget";
import { responseCurve } from "../optimizer/responseCurve";
import {
  OPTIMIZE_CURVE_POINTS,
  RESPONSE_CURVE_MAX_MULTIPLE,
  RESPONSE_CURVE_POINTS,
} from "../scenario/constants";
import { currentWeeklySpend } from "../scenario/currentWeeklySpend";
import { interpolatedBudgetChannels } from "../scenario/interpolatedBudgetChannels";
import { modelResponse } from "../scenario/modelResponse";
import { projectedRevenue } from "../scenario/projectedRevenue";
import { spendResponseWindow } from "../scenario/spendResponseWindow";
import type { SpendResponseOptions } from "../scenario/types";
import { CI90_LEVEL } from "../uncertainty/constants";
import { intervalOf } from "./_internal/intervalOf";
import type { BudgetLine, BudgetPlan } from "./types";

/** Options of {@link planBudget}. */
export interface PlanBudgetOptions extends SpendResponseOptions {
  /** Weekly budget to spread over the budget lines. @defaultValue Σ current weekly spend */
  readonly total?: number;
  /** Lower bound of each channel as a fraction of its current spend. @defaultValue 0.5 */
  readonly minShare?: number;
  /** Upper bound of each channel as a fraction of its current spend. @defaultValue 1.5 */
  readonly maxShare?: number;
  /** No spend is placed where its marginal ROAS is below this (the total becomes a cap). */
  readonly minRoas?: number;
  /** Build the displayed response curves (41 model runs a line); MMM.OPTIMIZE needs none. @defaultValue true */
  readonly curves?: boolean;
  /**
   * Channels held at their current spend (not moved by the plan), e.g. those with no spend in any training week: the
   * fit could not learn what they return, so the plan must not raise or cut them on that extrapolation.
   */
  readonly heldChannels?: readonly string[];
}

/**
 * The budget plan of a fitted model, defined on the model alone so the task pane, the runner and MMM.OPTIMIZE give
 * the same answer: the weekly split of the budget lines (the social channels; every media channel of a single-stage
 * model) that maximises the sum of their responses ({@link modelResponse}) at the same total by default, within
 * 50%–150% of current spend, marginal ROAS equalised across the channels not at a bound ({@link allocateBudget}).
 *
 * Current spend is the mean of the model's last 13 stored weeks; a response is mean weekly revenue over the next 52
 * weeks; the mediator follows social spend as stage 1 predicts, so it is not a line and its induced spend change is
 * reported in `mediator` ({@link spendResponseWindow} states this in one sentence). Lines' revenues are exact model
 * runs and add up to `incrementalCurrent`/`incrementalRecommended`; `revenueCurrent`/`revenueRecommended` are
 * predicted weekly revenue with the baseline. With replicate models, the change is re-predicted under each for a
 * 90% interval.
 *
 * @param model - a fitted model (`result.model`, or one parsed back from the workbook)
 * @param options - total, minShare, maxShare, minRoas, curves, currentSpendWeeks, horizonWeeks
 * @param replicateModels - bootstrap replicates' models (`intervals.replicateModels`), for the change's interval
 * @returns current vs recommended weekly spend and revenue per line, the mediator line, totals, curves, window
 * @throws {InvalidParameterError} for bad shares or windows, or a total the bounds cannot meet
 * @example
 * planBudget(result.model).window.statement; // => "Current spend = mean of the last 13 weeks; …"
 * @see Jin et al. (2017) for response curves; Meridian's optimiser for marginal-ROAS equalisation.
 */
export function planBudget(
  model: FittedModel,
  options: PlanBudgetOptions = {},
  replicateModels: readonly FittedModel[] = []
): BudgetPlan {
  const response: SpendResponseOptions = {
    ...(options.currentSpendWeeks === undefined
      ? {}
      : { currentSpendWeeks: options.currentSpendWeeks }),
    ...(options.horizonWeeks === undefined ? {} : { horizonWeeks: options.horizonWeeks }),
  };
  const current = currentWeeklySpend(model, response);
  const curves = new Map(
    model.roles.social.map((name) => [name, modelResponse(model, name, response)])
  );
  const exact = (name: string) => curves.get(name) as (spend: number) => number;
  const held = new Set(options.heldChannels ?? []);
  const allocation = allocateBudget({
    channels: interpolatedBudgetChannels(model.roles.social, current, exact, {
      ...(options.minShare === undefined ? {} : { minShare: options.minShare }),
      ...(options.maxShare === undefined ? {} : { maxShare: options.maxShare }),
      points: OPTIMIZE_CURVE_POINTS,
    }).map((channel) =>
      held.has(channel.name) ? { ...channel, min: channel.current, max: channel.current } : channel
    ),
    ...(options.total === undefined ? {} : { total: options.total }),
    ...(options.minRoas === undefined ? {} : { minRoas: options.minRoas }),
  });
  const currentSplit: Record<string, number> = {};
  const recommendedSplit: Record<string, number> = {};
  for (const line of allocation.channels) {
    currentSplit[line.name] = line.current;
    recommendedSplit[line.name] = line.recommended;
  }
  const lines: BudgetLine[] = allocation.channels.map((line) => {
    const curve = exact(line.name);
    const largest = Math.max(...(model.history[line.name] ?? []), line.max, 1);
    return {
      channel: line.name,
      current: line.current,
      recommended: line.recommended,
      min: line.min,
      max: line.max,
      currentRevenue: curve(line.current),
      recommendedRevenue: curve(line.recommended),
      marginalRoas: line.marginalRoas,
      bound: line.bound,
      curve:
        options.curves === false
          ? []
          : responseCurve(curve, RESPONSE_CURVE_MAX_MULTIPLE * largest, RESPONSE_CURVE_POINTS),
    };
  });
  const atCurrent = projectedRevenue(model, currentSplit, response);
  const atRecommended = projectedRevenue(model, recommendedSplit, response);
  const changes = replicateModels.map(
    (replicate) =>
      projectedRevenue(replicate, recommendedSplit, response).revenue -
      projectedRevenue(replicate, currentSplit, response).revenue
  );
  const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
  const mediator = model.roles.mediator;
  return {
    channels: lines,
    mediator:
      mediator === null
        ? null
        : {
            channel: mediator,
            current: atCurrent.mediatorSpend ?? 0,
            recommended: atRecommended.mediatorSpend ?? 0,
          },
    totalCurrent: sum(lines.map((line) => line.current)),
    totalRecommended: sum(lines.map((line) => line.recommended)),
    incrementalCurrent: sum(lines.map((line) => line.currentRevenue)),
    incrementalRecommended: sum(lines.map((line) => line.recommendedRevenue)),
    revenueCurrent: atCurrent.revenue,
    revenueRecommended: atRecommended.revenue,
    expectedChange: atRecommended.revenue - atCurrent.revenue,
    expectedChangeInterval: changes.length > 0 ? intervalOf(changes, CI90_LEVEL) : null,
    marginalRoasTarget: allocation.marginalRoasTarget,
    window: spendResponseWindow(model, response),
    converged: allocation.converged,
    warnings: [
      ...model.roles.social
        .filter((name) => held.has(name))
        .map(
          (name) =>
            `The budget plan keeps ${name} at its current spend: it had no spend in the training weeks, so the model cannot tell what it returns.`
        ),
      ...(allocation.converged
        ? []
        : [
            "The budget optimiser did not fully converge; the recommended split is the best found, not certainly the best.",
          ]),
    ],
  };
}
