import { InvalidParameterError } from "../errors";
import { predictModel } from "../model/predictModel";
import type { FittedModel } from "../model/types";
import { RESPONSE_HORIZON_WEEKS } from "./constants";
import { currentWeeklySpend } from "./currentWeeklySpend";

/** Options of {@link modelResponse}. */
export interface ModelResponseOptions {
  /** Weeks after the last observed week over which the response is averaged. @defaultValue 52 */
  readonly horizonWeeks?: number;
}

/**
 * A channel's response curve from a fitted model: weekly spend → weekly incremental revenue.
 *
 * The scenario continues after the last observed week (adstock carrying over from the stored history) for
 * `horizonWeeks`, every other social channel at its current weekly spend ({@link currentWeeklySpend}) and controls at
 * their last value. For a social channel, the mediator is re-predicted by stage 1, so the curve holds both the direct
 * and the mediated path; for the mediator itself, it is set to the spend. The response is the mean over the horizon
 * of predicted revenue with the channel at `spend` every week minus predicted revenue with it at 0.
 * Each call costs one `predictModel` run (about 1 ms); the zero-spend run is computed once.
 *
 * @param model - a fitted model (observed variant for the mediator's own curve)
 * @param channel - a social channel or the mediator, named as in the model
 * @param options - horizonWeeks (whole, ≥ 1)
 * @returns a function of weekly spend (≥ 0, currency units) giving weekly incremental revenue
 * @throws {InvalidParameterError} when the channel is not in the model, or the mediator of a model that predicts it
 * @example
 * modelResponse(model, "tiktok_spend")(5000); // => 9120.5 (revenue per week at 5,000 a week)
 * @see Jin et al. (2017), Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects.
 */
export function modelResponse(
  model: FittedModel,
  channel: string,
  options: ModelResponseOptions = {}
): (weeklySpend: number) => number {
  const { social, mediator } = model.roles;
  if (!social.includes(channel) && channel !== mediator) {
    const names = mediator === null ? social : [...social, mediator];
    throw new InvalidParameterError(
      "channel",
      `'${channel}' is not a channel of the model; choose one of: ${names.join(", ")}.`
    );
  }
  if (channel === mediator && model.variant === "predicted") {
    throw new InvalidParameterError(
      "channel",
      `This model predicts '${channel}' from the social channels, so it has no response curve of its own; choose a social channel.`
    );
  }
  const periods = options.horizonWeeks ?? RESPONSE_HORIZON_WEEKS;
  const current = currentWeeklySpend(model);
  const revenueAt = (spend: number): Float64Array => {
    const columns: Record<string, Float64Array> = {};
    for (const name of social) columns[name] = new Float64Array(periods).fill(current[name] ?? 0);
    columns[channel] = new Float64Array(periods).fill(spend);
    return predictModel(model, { columns, periods }).revenue;
  };
  const base = revenueAt(0);
  return (weeklySpend: number): number => {
    if (!(weeklySpend >= 0 && Number.isFinite(weeklySpend))) {
      throw new InvalidParameterError(
        "spend",
        `Weekly spend must be a finite number of at least 0 (got ${weeklySpend}).`
      );
    }
    const revenue = revenueAt(weeklySpend);
    let sum = 0;
    for (let t = 0; t < periods; t++) sum += (revenue[t] as number) - (base[t] as number);
    return sum / periods;
  };
}
