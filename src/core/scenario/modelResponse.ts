import type { FittedModel } from "../model/types";
import { modelNetResponse } from "./modelNetResponse";
import type { SpendResponseOptions } from "./types";

/**
 * A channel's gross response curve from a fitted model: weekly spend → weekly incremental revenue, before the
 * mediator spend it induces (the `revenue` part of {@link modelNetResponse}, its one definition). Behind MMM.RESPONSE
 * and the displayed response curves; the budget plan maximises the net part instead.
 *
 * The response at `x` is {@link projectedRevenue} with the channel at `x` every week minus the same with it at 0
 * (every other social channel at its current spend, controls at their last value). The mediator follows social
 * spend as stage 1 predicts, so a social channel's curve holds its direct and mediated paths, as its causal effect
 * does; the mediator has no curve of its own in a two-stage model. The zero-spend run is computed once, so the
 * response at 0 is exactly 0.
 *
 * @param model - a fitted model
 * @param channel - a social channel (every media channel of a single-stage model), named as in the model
 * @param options - currentSpendWeeks, horizonWeeks
 * @returns a function of weekly spend (≥ 0, currency units) giving weekly incremental revenue
 * @throws {InvalidParameterError} when the channel is not a social channel of the model (the mediator included)
 * @example
 * modelResponse(model, "tiktok_spend")(5000); // => 9120.5 (revenue per week at 5,000 a week)
 * @see Jin et al. (2017), Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects.
 */
export function modelResponse(
  model: FittedModel,
  channel: string,
  options: SpendResponseOptions = {}
): (weeklySpend: number) => number {
  const split = modelNetResponse(model, channel, options);
  return (weeklySpend: number): number => split(weeklySpend).revenue;
}
