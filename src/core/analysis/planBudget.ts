import { InvalidParameterError } from "../errors";
import type { MmmResult } from "../model/types";
import { allocateBudget } from "../optimizer/allocateBudget";
import { responseCurve } from "../optimizer/responseCurve";
import { interpolatedBudgetChannels } from "../scenario/interpolatedBudgetChannels";
import type { Dataset, Series } from "../types";
import { CI90_LEVEL } from "../uncertainty/constants";
import {
  BUDGET_CURVE_POINTS,
  CURRENT_SPEND_WEEKS,
  RESPONSE_CURVE_MAX_MULTIPLE,
  RESPONSE_CURVE_POINTS,
} from "./constants";
import { intervalOf } from "./_internal/intervalOf";
import { windowRevenue, type PlanWindow } from "./_internal/windowRevenue";
import type { BudgetLine, BudgetPlan, Intervals } from "./types";

/** Options of {@link planBudget}. */
export interface PlanBudgetOptions {
  /** Weekly budget to spread over the social channels and google. @defaultValue Σ current weekly spend */
  readonly total?: number;
  /** Lower bound of each channel as a fraction of its current spend. @defaultValue 0.5 */
  readonly minShare?: number;
  /** Upper bound of each channel as a fraction of its current spend. @defaultValue 1.5 */
  readonly maxShare?: number;
  /** No spend is placed where its marginal ROAS is below this (the total becomes a cap). */
  readonly minRoas?: number;
  /** Last weeks whose mean spend is "current" and whose revenue the plan replays. @defaultValue 13 */
  readonly windowWeeks?: number;
}

/**
 * Recommends weekly spend for every social channel and google that maximises predicted revenue at the same
 * total (by default), within 50%–150% of current spend per channel, with marginal ROAS equalised across the
 * channels not at a bound ({@link allocateBudget}).
 *
 * "Current" spend is the mean weekly spend of the last `windowWeeks` (13) weeks. A plan is scored by replaying
 * those weeks with each channel's spend set to its weekly amount (every other input as observed, carry-over from
 * earlier weeks counted) and taking mean weekly predicted revenue. Google is a budget line set directly, so in the
 * allocation a social channel is credited with its direct path and google's revenue shows in google's own curve
 * (the mediated value of social spend is the google spend it brings about, which the plan now sets). The displayed
 * social response curves let google follow social spend as stage 1 predicts (both paths); google's is direct.
 * Each curve runs from 0 to 2× the channel's largest observed week. With `intervals`, the change is re-scored
 * under every bootstrap replicate's model for a 90% interval.
 *
 * @param dataset - the fitted data
 * @param result - `fitMmm`'s result (its observed-variant model)
 * @param intervals - optional bootstrap intervals (their replicate models give the change's interval)
 * @param options - total, minShare, maxShare, minRoas, windowWeeks
 * @returns current vs recommended weekly spend and revenue per channel, response curves, change with interval
 * @throws {InvalidParameterError} for bad shares or window, or a total the bounds cannot meet
 * @example
 * planBudget(dataset, result).expectedChange; // => 812.4 (revenue per week)
 * @see Jin et al. (2017) for response curves; Meridian's optimiser for marginal-ROAS equalisation.
 */
export function planBudget(
  dataset: Dataset,
  result: MmmResult,
  intervals?: Intervals | null,
  options: PlanBudgetOptions = {}
): BudgetPlan {
  const n = dataset.weeks.length;
  const windowWeeks = options.windowWeeks ?? Math.min(CURRENT_SPEND_WEEKS, n);
  if (!(Number.isInteger(windowWeeks) && windowWeeks >= 1 && windowWeeks <= n)) {
    throw new InvalidParameterError(
      "windowWeeks",
      `The plan window must be a whole number of weeks from 1 to ${n} (got ${windowWeeks}).`
    );
  }
  const model = result.model;
  const window: PlanWindow = { start: n - windowWeeks, end: n };
  const names = [...model.roles.social, ...(model.roles.mediator ? [model.roles.mediator] : [])];
  const current: Record<string, number> = {};
  for (const name of names) {
    const values = dataset.columns[name] as Series;
    let sum = 0;
    for (let t = window.start; t < window.end; t++) sum += values[t] as number;
    current[name] = sum / windowWeeks;
  }
  const score = (overrides: Readonly<Record<string, number>>, follows = false) =>
    windowRevenue(model, dataset, window, { ...current, ...overrides }, follows);
  const channels = interpolatedBudgetChannels(
    names,
    current,
    (name) => {
      const zero = score({ [name]: 0 });
      return (x) => score({ [name]: x }) - zero;
    },
    {
      ...(options.minShare === undefined ? {} : { minShare: options.minShare }),
      ...(options.maxShare === undefined ? {} : { maxShare: options.maxShare }),
      points: BUDGET_CURVE_POINTS,
    }
  );
  const allocation = allocateBudget({
    channels,
    ...(options.total === undefined ? {} : { total: options.total }),
    ...(options.minRoas === undefined ? {} : { minRoas: options.minRoas }),
  });
  const recommended: Record<string, number> = {};
  for (const line of allocation.channels) recommended[line.name] = line.recommended;
  const revenueCurrent = score({});
  const revenueRecommended = score(recommended);
  const changes = (intervals?.replicateModels ?? []).map(
    (replicate) =>
      windowRevenue(replicate, dataset, window, { ...current, ...recommended }) -
      windowRevenue(replicate, dataset, window, current)
  );
  const lines: BudgetLine[] = allocation.channels.map((line) => {
    const isMediator = line.name === model.roles.mediator;
    const largest = Math.max(...(dataset.columns[line.name] as Series), line.max, 1);
    const zero = score({ [line.name]: 0 }, !isMediator);
    return {
      channel: line.name,
      kind: isMediator ? "mediator" : "social",
      current: line.current,
      recommended: line.recommended,
      min: line.min,
      max: line.max,
      currentRevenue: line.currentRevenue,
      recommendedRevenue: line.recommendedRevenue,
      marginalRoas: line.marginalRoas,
      bound: line.bound,
      curve: responseCurve(
        (x) => score({ [line.name]: x }, !isMediator) - zero,
        RESPONSE_CURVE_MAX_MULTIPLE * largest,
        RESPONSE_CURVE_POINTS
      ),
    };
  });
  const warnings: string[] = [];
  if (!allocation.converged) {
    warnings.push(
      "The budget optimiser did not fully converge; the recommended split is the best found, not certainly the best."
    );
  }
  return {
    channels: lines,
    totalCurrent: allocation.totalCurrent,
    totalRecommended: allocation.totalRecommended,
    revenueCurrent,
    revenueRecommended,
    expectedChange: revenueRecommended - revenueCurrent,
    expectedChangeInterval:
      changes.length > 0 ? intervalOf(changes, intervals?.level ?? CI90_LEVEL) : null,
    marginalRoasTarget: allocation.marginalRoasTarget,
    windowWeeks,
    converged: allocation.converged,
    warnings,
  };
}
