import type { FittedModel } from "../model/types";
import { allocateBudget, type BudgetAllocation } from "../optimizer/allocateBudget";
import { OPTIMIZE_CURVE_POINTS } from "./constants";
import { currentWeeklySpend } from "./currentWeeklySpend";
import { interpolatedBudgetChannels } from "./interpolatedBudgetChannels";
import { modelResponse } from "./modelResponse";

/** Options of {@link optimizeModelBudget}. */
export interface OptimizeModelBudgetOptions {
  /** Weekly social budget to spread. @defaultValue the sum of current weekly spends */
  readonly total?: number;
  /** Lower bound of each channel as a fraction of its current spend, ≥ 0. @defaultValue 0.5 */
  readonly minShare?: number;
  /** Upper bound of each channel as a fraction of its current spend, ≥ minShare. @defaultValue 1.5 */
  readonly maxShare?: number;
  /** Exact model evaluations per channel between its bounds, whole ≥ 2. @defaultValue 21 */
  readonly points?: number;
}

/**
 * Recommended weekly split of the social budget under a fitted model: {@link allocateBudget} over each social
 * channel's {@link modelResponse} curve (direct and mediated paths), between `minShare` and `maxShare` times its
 * current weekly spend. Google spend is the mediator: it follows the social channels as stage 1 predicts and is not
 * a budget line. Each curve is evaluated exactly at `points` spends between its bounds and interpolated by a
 * monotone cubic ({@link interpolatedBudgetChannels}), because the optimiser calls the curves about 10⁴ times.
 * O(channels · points) model runs (about 100 ms for 4 channels).
 *
 * @param model - a fitted model
 * @param options - total weekly budget, minShare, maxShare, points
 * @returns the allocation (current, recommended, revenues and marginal ROAS per channel) from allocateBudget
 * @throws {InvalidParameterError} when a share is negative or minShare > maxShare, or the total cannot be met within
 *   the bounds (the message says which way to move it)
 * @example
 * optimizeModelBudget(model, { total: 20000 }).channels.map((c) => c.recommended); // => [6200, 3900, 5100, 4800]
 * @see Jin et al. (2017); marginal-ROAS equalisation as in Google's Meridian budget optimiser.
 */
export function optimizeModelBudget(
  model: FittedModel,
  options: OptimizeModelBudgetOptions = {}
): BudgetAllocation {
  const channels = interpolatedBudgetChannels(
    model.roles.social,
    currentWeeklySpend(model),
    (name) => modelResponse(model, name),
    {
      ...(options.minShare === undefined ? {} : { minShare: options.minShare }),
      ...(options.maxShare === undefined ? {} : { maxShare: options.maxShare }),
      points: options.points ?? OPTIMIZE_CURVE_POINTS,
    }
  );
  return allocateBudget(
    options.total === undefined ? { channels } : { channels, total: options.total }
  );
}
