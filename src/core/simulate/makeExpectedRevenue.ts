import { InvalidParameterError } from "../errors";
import type { Series } from "../types";
import { DEFAULT_EXPECTED_REVENUE_WEEKS } from "./constants";
import { simulateGoogle, simulateRevenue, type StructuralModel } from "./structuralModel";
import type { ExpectedRevenue } from "./simulationTruth";

/** Name of the mediator column an override may set directly. */
const GOOGLE = "google_spend";

/**
 * Builds the truth's `expectedRevenue` function for one simulation (see {@link ExpectedRevenue} for exactly what it
 * computes). Each call costs one run of the structural equations, O(weeks · channels).
 *
 * @param model - the fixed structural model
 * @param observed - the simulated social spend per channel (`[channels][weeks]`) and price (`[weeks]`)
 * @returns the function
 * @example
 * makeExpectedRevenue(model, observed)({ facebook_spend: 6000 }); // => Σ revenue of the last 13 weeks
 */
export function makeExpectedRevenue(
  model: StructuralModel,
  observed: { readonly social: readonly Series[]; readonly price: Series }
): ExpectedRevenue {
  const names = model.channels.map((channel) => channel.name);
  return (weeklySpendOverride, window) => {
    const { start, end } = window ?? {
      start: Math.max(0, model.weeks - DEFAULT_EXPECTED_REVENUE_WEEKS),
      end: model.weeks,
    };
    if (!(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      start < end &&
      end <= model.weeks
    )) {
      throw new InvalidParameterError(
        "window",
        `window must be whole week indices with 0 ≤ start < end ≤ ${model.weeks} (got ${start}..${end}).`
      );
    }
    for (const [name, amount] of Object.entries(weeklySpendOverride)) {
      if (name !== GOOGLE && !names.includes(name)) {
        throw new InvalidParameterError(
          name,
          `Unknown channel '${name}'. Choose from: ${[...names, GOOGLE].join(", ")}.`
        );
      }
      if (!(amount >= 0 && Number.isFinite(amount))) {
        throw new InvalidParameterError(
          name,
          `Weekly spend of '${name}' must be 0 or more (got ${String(amount)}).`
        );
      }
    }
    const social = observed.social.map((series, c) =>
      overridden(series, weeklySpendOverride[names[c] as string], start, end)
    );
    let google = simulateGoogle(model, social);
    const googleAmount = weeklySpendOverride[GOOGLE];
    if (googleAmount !== undefined) google = overridden(google, googleAmount, start, end);
    const revenue = simulateRevenue(model, { direct: social, google, price: observed.price });
    let total = 0;
    for (let t = start; t < end; t++) total += revenue[t] as number;
    return total;
  };
}

function overridden(
  series: Series,
  amount: number | undefined,
  start: number,
  end: number
): Series {
  if (amount === undefined) return series;
  const copy = Float64Array.from(series);
  copy.fill(amount, start, end);
  return copy;
}
