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
import { modelNetResponse, type NetResponse } from "../scenario/modelNetResponse";
import { projectedRevenue, type ProjectedRevenue } from "../scenario/projectedRevenue";
import { spendResponseWindow } from "../scenario/spendResponseWindow";
import type { SpendResponseOptions } from "../scenario/types";
import { CI90_LEVEL } from "../uncertainty/constants";
import { intervalOf } from "./_internal/intervalOf";
import { DEFAULT_INDUCED_SPEND_AS_COST } from "./constants";
import type { BudgetLine, BudgetPlan } from "./types";

/** Options of {@link planBudget}. */
export interface PlanBudgetOptions extends SpendResponseOptions {
  /** Weekly budget to spread over the budget lines. @defaultValue Σ current weekly spend */
  readonly total?: number;
  /** Lower bound of each channel as a fraction of its current spend. @defaultValue 0.5 */
  readonly minShare?: number;
  /** Upper bound of each channel as a fraction of its current spend. @defaultValue 1.5 */
  readonly maxShare?: number;
  /**
   * No spend is placed where its marginal ROAS is below this (the total becomes a cap); measured on the maximised
   * curve, so net of induced google spend when `inducedSpendAsCost`.
   */
  readonly minRoas?: number;
  /** Build the displayed response curves (41 model runs a line); MMM.OPTIMIZE needs none. @defaultValue true */
  readonly curves?: boolean;
  /**
   * Channels held at their current spend (not moved by the plan), e.g. those with no spend in any training week: the
   * fit could not learn what they return, so the plan must not raise or cut them on that extrapolation.
   */
  readonly heldChannels?: readonly string[];
  /**
   * Count the google (mediator) spend a social channel induces as a cost: maximise Σ of the lines' revenue net of
   * induced google spend. False maximises gross revenue (the plan before issue 16). No effect on a single-stage model.
   * @defaultValue DEFAULT_INDUCED_SPEND_AS_COST (true)
   */
  readonly inducedSpendAsCost?: boolean;
}

/**
 * The budget plan of a fitted model, defined on the model alone so the task pane, the runner and MMM.OPTIMIZE give
 * the same answer: the weekly split of the budget lines (the social channels; every media channel of a single-stage
 * model) that maximises the sum of their net responses ({@link modelNetResponse}: weekly incremental revenue minus
 * the google spend the channel induces) at the same total by default, within 50%–150% of current spend, marginal
 * net ROAS equalised across the channels not at a bound ({@link allocateBudget}). A single-stage model induces
 * nothing, so its plan maximises revenue as before; `inducedSpendAsCost: false` maximises gross revenue.
 *
 * Current spend is the mean of the model's last 13 stored weeks; a response is mean weekly revenue over the next 52
 * weeks; the mediator follows social spend as stage 1 predicts, so it is not a line and its induced spend change is
 * reported in `mediator` ({@link spendResponseWindow} states this in one sentence). Lines' revenues, induced spends
 * and nets are exact model runs and add up to the `incremental*`, `induced*` and `netIncremental*` totals;
 * `revenueCurrent`/`revenueRecommended` are predicted weekly revenue with the baseline, and `expectedNetChange`
 * subtracts the mediator's predicted spend change from their difference. With replicate models, both changes are
 * re-predicted under each for 90% intervals.
 *
 * @param model - a fitted model (`result.model`, or one parsed back from the workbook)
 * @param options - total, minShare, maxShare, minRoas (on the maximised curve), curves, heldChannels,
 *   inducedSpendAsCost, currentSpendWeeks, horizonWeeks
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
  const splits = new Map(
    model.roles.social.map((name) => [name, modelNetResponse(model, name, response)])
  );
  const split = (name: string) => splits.get(name) as (spend: number) => NetResponse;
  const asCost =
    model.roles.mediator !== null && (options.inducedSpendAsCost ?? DEFAULT_INDUCED_SPEND_AS_COST);
  const objective = (name: string) => {
    const at = split(name);
    return (spend: number): number => (asCost ? at(spend).net : at(spend).revenue);
  };
  const held = new Set(options.heldChannels ?? []);
  const allocation = allocateBudget({
    channels: interpolatedBudgetChannels(model.roles.social, current, objective, {
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
    const at = split(line.name);
    const now = at(line.current);
    const planned = at(line.recommended);
    const largest = Math.max(...(model.history[line.name] ?? []), line.max, 1);
    return {
      channel: line.name,
      current: line.current,
      recommended: line.recommended,
      min: line.min,
      max: line.max,
      currentRevenue: now.revenue,
      recommendedRevenue: planned.revenue,
      currentInducedSpend: now.inducedSpend,
      recommendedInducedSpend: planned.inducedSpend,
      currentNetRevenue: now.net,
      recommendedNetRevenue: planned.net,
      marginalRoas: line.marginalRoas,
      bound: line.bound,
      curve:
        options.curves === false
          ? []
          : responseCurve(
              (spend) => at(spend).revenue,
              RESPONSE_CURVE_MAX_MULTIPLE * largest,
              RESPONSE_CURVE_POINTS
            ),
    };
  });
  const atCurrent = projectedRevenue(model, currentSplit, response);
  const atRecommended = projectedRevenue(model, recommendedSplit, response);
  // Net change = revenue change − mediator spend change; a single-stage model has no mediator (0 change).
  const netChange = (from: ProjectedRevenue, to: ProjectedRevenue): number =>
    to.revenue - from.revenue - ((to.mediatorSpend ?? 0) - (from.mediatorSpend ?? 0));
  const replicateRuns = replicateModels.map((replicate) => ({
    from: projectedRevenue(replicate, currentSplit, response),
    to: projectedRevenue(replicate, recommendedSplit, response),
  }));
  const changes = replicateRuns.map(({ from, to }) => to.revenue - from.revenue);
  const netChanges = replicateRuns.map(({ from, to }) => netChange(from, to));
  const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
  const mediator = model.roles.mediator;
  return {
    channels: lines,
    inducedSpendAsCost: asCost,
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
    inducedCurrent: sum(lines.map((line) => line.currentInducedSpend)),
    inducedRecommended: sum(lines.map((line) => line.recommendedInducedSpend)),
    netIncrementalCurrent: sum(lines.map((line) => line.currentNetRevenue)),
    netIncrementalRecommended: sum(lines.map((line) => line.recommendedNetRevenue)),
    revenueCurrent: atCurrent.revenue,
    revenueRecommended: atRecommended.revenue,
    expectedChange: atRecommended.revenue - atCurrent.revenue,
    expectedChangeInterval: changes.length > 0 ? intervalOf(changes, CI90_LEVEL) : null,
    expectedNetChange: netChange(atCurrent, atRecommended),
    expectedNetChangeInterval: netChanges.length > 0 ? intervalOf(netChanges, CI90_LEVEL) : null,
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
