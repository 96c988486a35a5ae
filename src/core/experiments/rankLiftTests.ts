import type { Intervals } from "../analysis/types";
import type { FittedModel } from "../model/types";
import { planLiftTest, type LiftTestPlan } from "./planLiftTest";

/** One row of the test-plan table. */
export interface LiftTestCandidate extends LiftTestPlan {
  /** Width of the channel's 90% ROAS interval (null without intervals). */
  readonly roasIntervalWidth: number | null;
  /**
   * Revenue per week the ROAS uncertainty puts at stake: interval width × weekly spend. The budget plan moves money
   * by marginal ROAS; the channel whose ROAS is least certain on the most money is the one whose test narrows the
   * plan most.
   */
  readonly revenueAtStake: number | null;
}

/**
 * The test-plan table: every social channel's planned test (`planLiftTest` at the same change and length), ranked
 * by the revenue its ROAS uncertainty puts at stake per week (largest first; channels without intervals last).
 *
 * @param model - fitted model
 * @param intervals - the run's bootstrap intervals, or null
 * @param options - change, weeks, residualSd, targetRelativeSe, readoutWeeks (as `planLiftTest`)
 * @returns one candidate per social channel, best test first
 * @example
 * rankLiftTests(run.result.model, run.intervals, { change: 0.5, weeks: 8, residualSd: 4200 })[0].channel; // => "tiktok_spend"
 */
export function rankLiftTests(
  model: FittedModel,
  intervals: Intervals | null,
  options: {
    readonly change: number;
    readonly weeks: number;
    readonly residualSd: number;
    readonly targetRelativeSe?: number;
    readonly readoutWeeks?: number;
  }
): LiftTestCandidate[] {
  const rows = model.roles.social.map((channel) => {
    const plan = planLiftTest(model, { ...options, channel });
    const roas =
      intervals?.observed.channels.find((entry) => entry.channel === channel)?.roas ?? null;
    const width = roas ? roas.upper - roas.lower : null;
    return {
      ...plan,
      roasIntervalWidth: width,
      revenueAtStake: width === null ? null : width * plan.weeklySpend,
    };
  });
  return rows.sort((a, b) => (b.revenueAtStake ?? -Infinity) - (a.revenueAtStake ?? -Infinity));
}
