import type { SimulationTruth } from "../../src/core/simulate/simulationTruth";
import { TINY_EFFECT_SHARE } from "./constants";

/** The methods compared by the accuracy benchmark. */
export type MethodName = "product" | "productPredicted" | "plain" | "oracle";

/** An estimated effect of one channel, whatever produced it. */
export interface EstimatedEffect {
  readonly channel: string;
  readonly total: number;
  readonly shareMediated: number | null;
}

/** Error of one method for one channel of one data set. */
export interface ChannelError {
  readonly scenario: string;
  /** 0 for the scenario's own seed, r for its r-th extra seed. */
  readonly replicate: number;
  readonly weeks: number;
  readonly noise: number;
  readonly method: MethodName;
  readonly channel: string;
  readonly trueTotal: number;
  readonly trueShare: number | null;
  readonly estimatedTotal: number;
  readonly estimatedShare: number | null;
  /** |estimated − true| / |true| of total (= of ROAS, same spend); null when the true total is 0. */
  readonly roasRelativeError: number | null;
  /** |estimated − true| of share mediated (an estimate of null counts as 0); null when the true share is undefined. */
  readonly shareAbsoluteError: number | null;
  /** |estimated − true| total as a share of total revenue (used for tiny channels). */
  readonly totalErrorShareOfRevenue: number;
  /** True total below TINY_EFFECT_SHARE of revenue. */
  readonly tiny: boolean;
}

/**
 * Errors of one method's channel effects against the simulation's truth.
 *
 * @param scenario - name, weeks and noise of the data set
 * @param method - which method produced the estimates
 * @param estimates - one per social channel (others are ignored)
 * @param truth - the simulation's truth
 * @returns one record per true social channel, in the truth's order
 * @throws {Error} when a true channel has no estimate
 * @example
 * channelErrors({ name: "default", replicate: 0, weeks: 104, noise: 0.04 }, "plain", plain.channels, truth)[0].roasRelativeError; // => 0.8
 */
export function channelErrors(
  scenario: {
    readonly name: string;
    readonly replicate: number;
    readonly weeks: number;
    readonly noise: number;
  },
  method: MethodName,
  estimates: readonly EstimatedEffect[],
  truth: SimulationTruth
): ChannelError[] {
  return truth.channelNames.map((channel) => {
    const actual = truth.channels[channel];
    const estimate = estimates.find((entry) => entry.channel === channel);
    if (!actual || !estimate) throw new Error(`${method} gives no estimate for ${channel}.`);
    const difference = Math.abs(estimate.total - actual.total);
    return {
      scenario: scenario.name,
      replicate: scenario.replicate,
      weeks: scenario.weeks,
      noise: scenario.noise,
      method,
      channel,
      trueTotal: actual.total,
      trueShare: actual.shareMediated,
      estimatedTotal: estimate.total,
      estimatedShare: estimate.shareMediated,
      roasRelativeError: actual.total !== 0 ? difference / Math.abs(actual.total) : null,
      shareAbsoluteError:
        actual.shareMediated === null
          ? null
          : Math.abs((estimate.shareMediated ?? 0) - actual.shareMediated),
      totalErrorShareOfRevenue: difference / truth.revenue,
      tiny: Math.abs(actual.total) < TINY_EFFECT_SHARE * truth.revenue,
    };
  });
}
