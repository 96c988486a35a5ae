import { InvalidParameterError } from "../errors";
import { budgetProblem } from "./_internal/budgetProblem";

/** One channel of a what-if scenario: current and proposed weekly spend and the response curve. */
export interface ScenarioChannel {
  readonly name: string;
  readonly current: number;
  readonly proposed: number;
  readonly response: (weeklySpend: number) => number;
}

/** A channel's revenue now and under the proposal. */
export interface ScenarioChannelResult {
  readonly name: string;
  readonly current: number;
  readonly proposed: number;
  readonly change: number;
  readonly currentRevenue: number;
  readonly proposedRevenue: number;
  /** Revenue of the next unit of spend at the proposed spend. */
  readonly marginalRoas: number;
}

/** Totals of a what-if scenario. */
export interface BudgetScenario {
  readonly channels: readonly ScenarioChannelResult[];
  readonly totalCurrent: number;
  readonly totalProposed: number;
  readonly revenueCurrent: number;
  readonly revenueProposed: number;
  /** revenueProposed − revenueCurrent, weekly. */
  readonly expectedChange: number;
}

/**
 * Evaluates a user's own split of weekly spend against the current one ("what if we move 20% from TikTok to
 * search?"), with no optimisation and no bounds: the same curves and marginal ROAS as {@link allocateBudget}.
 *
 * @param channels - name, current and proposed weekly spend (≥ 0) and response curve per channel
 * @returns per-channel and total revenue now and under the proposal
 * @throws {InvalidParameterError} when a spend is negative or not finite, or a channel is listed twice
 * @throws {NumericalError} when a response curve returns a non-finite revenue
 * @example
 * budgetScenario([{ name: "tv", current: 100, proposed: 144, response: (s) => 10 * Math.sqrt(s) }]).expectedChange;
 * // => 20 (10·12 − 10·10)
 * @see https://en.wikipedia.org/wiki/Marketing_mix_modeling
 */
export function budgetScenario(channels: readonly ScenarioChannel[]): BudgetScenario {
  for (const channel of channels) {
    if (!(channel.proposed >= 0 && Number.isFinite(channel.proposed))) {
      throw new InvalidParameterError(
        "channels",
        `The proposed spend of '${channel.name}' must be a finite number of at least 0 (got ${channel.proposed}).`
      );
    }
  }
  // Bounds wide enough for both spends, so only names, spends and curves are checked.
  const problem = budgetProblem(
    channels.map((c) => ({
      name: c.name,
      current: c.current,
      min: 0,
      max: Math.max(c.current, c.proposed),
      response: c.response,
    })),
    0,
    0
  );
  const results = problem.channels.map((c, i): ScenarioChannelResult => {
    const proposed = (channels[i] as ScenarioChannel).proposed;
    return {
      name: c.name,
      current: c.current,
      proposed,
      change: proposed - c.current,
      currentRevenue: c.revenue(c.current),
      proposedRevenue: c.revenue(proposed),
      marginalRoas: c.slope(proposed),
    };
  });
  const sum = (pick: (c: ScenarioChannelResult) => number) =>
    results.reduce((s, c) => s + pick(c), 0);
  const revenueCurrent = sum((c) => c.currentRevenue);
  const revenueProposed = sum((c) => c.proposedRevenue);
  return {
    channels: results,
    totalCurrent: sum((c) => c.current),
    totalProposed: sum((c) => c.proposed),
    revenueCurrent,
    revenueProposed,
    expectedChange: revenueProposed - revenueCurrent,
  };
}
