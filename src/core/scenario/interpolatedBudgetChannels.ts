import { InvalidParameterError } from "../errors";
import type { BudgetChannel } from "../optimizer/allocateBudget";
import { DEFAULT_MAX_SHARE_OF_CURRENT, DEFAULT_MIN_SHARE_OF_CURRENT } from "../optimizer/constants";
import { interpolatedResponse } from "./interpolatedResponse";

/** Options of {@link interpolatedBudgetChannels}. */
export interface InterpolatedBudgetChannelsOptions {
  /** Lower bound of each channel as a fraction of its current spend, ≥ 0. @defaultValue 0.5 */
  readonly minShare?: number;
  /** Upper bound of each channel as a fraction of its current spend, ≥ minShare. @defaultValue 1.5 */
  readonly maxShare?: number;
  /** Exact evaluations per channel between its bounds, whole ≥ 2 (one when min = max). */
  readonly points: number;
}

/**
 * The budget lines {@link allocateBudget} optimises over a model: each channel bounded to `minShare`–`maxShare`
 * times its current weekly spend, its response evaluated exactly at `points` evenly spaced spends between the bounds
 * and interpolated by a monotone cubic ({@link interpolatedResponse}), because the optimiser calls the curves about
 * 10⁴ times and an exact evaluation is a model run. Used by planBudget (Budget sheet, runner, MMM.OPTIMIZE).
 *
 * @param names - the channels, in the order of the result
 * @param current - current weekly spend per channel name (a missing name counts as 0)
 * @param exactResponse - channel name → (weekly spend → predicted weekly revenue), the expensive exact curve
 * @param options - minShare, maxShare, points
 * @returns one channel per name: `{ name, current, min, max, response }`
 * @throws {InvalidParameterError} when a share is negative or not finite, minShare > maxShare, or points is not a
 *   whole number ≥ 2
 * @example
 * interpolatedBudgetChannels(["tiktok_spend"], { tiktok_spend: 100 }, () => (x) => 2 * x, { points: 3 })[0]?.max;
 * // => 150
 * @see Fritsch & Carlson (1980) for the interpolation; Meridian's budget optimiser for share-of-current bounds.
 */
export function interpolatedBudgetChannels(
  names: readonly string[],
  current: Readonly<Record<string, number>>,
  exactResponse: (name: string) => (spend: number) => number,
  options: InterpolatedBudgetChannelsOptions
): readonly BudgetChannel[] {
  const minShare = options.minShare ?? DEFAULT_MIN_SHARE_OF_CURRENT;
  const maxShare = options.maxShare ?? DEFAULT_MAX_SHARE_OF_CURRENT;
  const points = options.points;
  if (
    !(minShare >= 0 && Number.isFinite(minShare)) ||
    !(maxShare >= minShare && Number.isFinite(maxShare))
  ) {
    throw new InvalidParameterError(
      "minShare",
      `The bounds must be fractions of current spend with 0 ≤ min ≤ max (got min ${minShare}, max ${maxShare}).`
    );
  }
  if (!(Number.isInteger(points) && points >= 2)) {
    throw new InvalidParameterError(
      "points",
      `points must be a whole number of at least 2 (got ${points}).`
    );
  }
  return names.map((name) => {
    const spend = current[name] ?? 0;
    const min = spend * minShare;
    const max = spend * maxShare;
    const exact = exactResponse(name);
    const count = max > min ? points : 1;
    const grid = Array.from({ length: count }, (_, i) =>
      count === 1 ? min : min + ((max - min) * i) / (count - 1)
    );
    return {
      name,
      current: spend,
      min,
      max,
      response: interpolatedResponse(grid, grid.map(exact)),
    };
  });
}
