import { InvalidParameterError } from "../errors";
import type { FittedModel } from "../model/types";
import { projectedRevenue } from "./projectedRevenue";
import type { SpendResponseOptions } from "./types";

/** A channel's weekly response at one spend: the revenue it brings, the mediator spend it induces, and the net. */
export interface NetResponse {
  /** Weekly incremental revenue through both paths (direct and via the mediator): the gross response. */
  readonly revenue: number;
  /**
   * Weekly mediator (Google) spend the channel induces: stage 1's predicted mediator with the channel at this spend
   * minus with it at 0. Always 0 in a single-stage model (no mediator).
   */
  readonly inducedSpend: number;
  /** revenue − inducedSpend: weekly incremental revenue net of induced google spend. */
  readonly net: number;
}

/**
 * A channel's spend response from a fitted model, split into gross revenue, induced mediator spend and their
 * difference: the one definition behind the budget plan (which maximises the net), MMM.OPTIMIZE and MMM.RESPONSE
 * (which gives the gross, {@link modelResponse}).
 *
 * Both parts come from the same two {@link projectedRevenue} runs: the channel at `x` every week minus at 0 (every
 * other social channel at its current spend, controls at their last value), so revenue and induced spend share the
 * window and horizon. The mediator follows social spend as stage 1 predicts, so a social channel's extra revenue via
 * the mediator was bought with the extra mediator spend it induced; counting that spend as a cost is what makes the
 * net the channel's return to the business (issue 16: net ROAS). The zero-spend run is computed once, so every part
 * is exactly 0 at 0.
 *
 * @param model - a fitted model
 * @param channel - a social channel (every media channel of a single-stage model), named as in the model
 * @param options - currentSpendWeeks, horizonWeeks
 * @returns a function of weekly spend (≥ 0, currency units) giving weekly revenue, induced spend and net
 * @throws {InvalidParameterError} when the channel is not a social channel of the model (the mediator included), or
 *   (from the returned function) the spend is negative or not finite
 * @example
 * modelNetResponse(model, "tiktok_spend")(5000); // => { revenue: 9120.5, inducedSpend: 1310.2, net: 7810.3 }
 * @see Pearl (2001), Direct and Indirect Effects (the mediated path); Jin et al. (2017) for response curves.
 */
export function modelNetResponse(
  model: FittedModel,
  channel: string,
  options: SpendResponseOptions = {}
): (weeklySpend: number) => NetResponse {
  const { social, mediator } = model.roles;
  if (channel === mediator) {
    throw new InvalidParameterError(
      "channel",
      `'${channel}' is the mediator: it follows social spend as stage 1 predicts and is not a budget line, so it has no response curve of its own; choose one of: ${social.join(", ")}.`
    );
  }
  if (!social.includes(channel)) {
    throw new InvalidParameterError(
      "channel",
      `'${channel}' is not a channel of the model; choose one of: ${social.join(", ")}.`
    );
  }
  const base = projectedRevenue(model, { [channel]: 0 }, options);
  return (weeklySpend: number): NetResponse => {
    if (!(weeklySpend >= 0 && Number.isFinite(weeklySpend))) {
      throw new InvalidParameterError(
        "spend",
        `Weekly spend must be a finite number of at least 0 (got ${weeklySpend}).`
      );
    }
    const run = projectedRevenue(model, { [channel]: weeklySpend }, options);
    const revenue = run.revenue - base.revenue;
    // A single-stage model has no mediator: nothing is induced, and net is the revenue itself (bit for bit).
    const inducedSpend =
      run.mediatorSpend === null || base.mediatorSpend === null
        ? 0
        : run.mediatorSpend - base.mediatorSpend;
    return { revenue, inducedSpend, net: revenue - inducedSpend };
  };
}
