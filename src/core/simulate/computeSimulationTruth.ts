import type { Series } from "../types";
import { ELASTICITY_STEP } from "./constants";
import { makeExpectedRevenue } from "./makeExpectedRevenue";
import {
  simulateGoogle,
  simulateRevenue,
  type StructuralModel,
  type TrueResponse,
} from "./structuralModel";
import type { ChannelTruth, GoogleTruth, SimulationTruth } from "./simulationTruth";

/** The observed (simulated) media inputs and revenue. */
export interface ObservedSeries {
  /** Social spend per channel: `[channels][weeks]`. */
  readonly social: readonly Series[];
  readonly google: Series;
  readonly price: Series;
  readonly revenue: Series;
}

/** Option values the truth reports as given (they are not needed by the equations in this form). */
export interface ReportedOptions {
  /** Half-saturations relative to mean nonzero adstocked spend, per channel: `[channels]`. */
  readonly relativeChannels: readonly number[];
  /** Google's half-saturation relative to its mean nonzero adstocked spend. */
  readonly relativeGoogle: number;
  /** Revenue per email and per SMS. */
  readonly crm: { readonly emailEffect: number; readonly smsEffect: number };
}

/**
 * Computes the true effects by counterfactual runs of the structural equations with every noise draw fixed.
 * See {@link ChannelTruth} and {@link GoogleTruth} for the definitions. Costs 2 · channels + 4 runs of O(weeks).
 *
 * @param model - the fixed structural model
 * @param observed - the simulated inputs and revenue
 * @param reported - option values reported alongside (relative half-saturations, CRM effects)
 * @returns the truth
 * @example
 * computeSimulationTruth(model, observed, reported).channels.facebook_spend.total; // => revenue units
 */
export function computeSimulationTruth(
  model: StructuralModel,
  observed: ObservedSeries,
  reported: ReportedOptions
): SimulationTruth {
  const { social, google, price, revenue } = observed;
  const zeros = new Float64Array(model.weeks);
  const gap = (counterfactual: Series): number => {
    let sum = 0;
    for (let t = 0; t < model.weeks; t++)
      sum += (revenue[t] as number) - (counterfactual[t] as number);
    return sum;
  };
  const channels: Record<string, ChannelTruth> = {};
  model.channels.forEach((channel, c) => {
    const without = social.map((series, k) => (k === c ? zeros : series));
    const googleWithout = simulateGoogle(model, without);
    const total = gap(simulateRevenue(model, { direct: without, google: googleWithout, price }));
    const indirect = gap(simulateRevenue(model, { direct: social, google: googleWithout, price }));
    const spend = sum(social[c] as Series);
    channels[channel.name] = {
      name: channel.name,
      spend,
      total,
      direct: total - indirect,
      indirect,
      shareMediated: total === 0 ? null : indirect / total,
      roas: spend === 0 ? null : total / spend,
      roasMediated: spend === 0 ? null : indirect / spend,
      decay: channel.response.decay,
      halfSaturation: channel.response.halfSaturation,
      halfSaturationRelative: reported.relativeChannels[c] as number,
      shape: channel.response.shape,
      mediatedStrength: channel.mediatedStrength,
      directStrength: channel.directStrength,
      ...specs(channel.response),
    };
  });

  const googleSpend = sum(google);
  const googleTotal = gap(simulateRevenue(model, { direct: social, google: zeros, price }));
  const googleTruth: GoogleTruth = {
    spend: googleSpend,
    total: googleTotal,
    roas: googleSpend === 0 ? null : googleTotal / googleSpend,
    decay: model.google.response.decay,
    halfSaturation: model.google.response.halfSaturation,
    halfSaturationRelative: reported.relativeGoogle,
    shape: model.google.response.shape,
    strength: model.google.strength,
    baseline: model.google.baseline,
    ...specs(model.google.response),
  };

  const scaled = (factor: number): number =>
    sum(simulateRevenue(model, { direct: social, google, price: price.map((p) => p * factor) }));
  const observedTotal = sum(revenue);
  const elasticity =
    (scaled(1 + ELASTICITY_STEP) - scaled(1 - ELASTICITY_STEP)) /
    (2 * ELASTICITY_STEP * observedTotal);

  return {
    channelNames: model.channels.map((channel) => channel.name),
    channels,
    google: googleTruth,
    revenue: observedTotal,
    elasticity,
    promoLift: model.promoLift,
    crm: reported.crm,
    expectedRevenue: makeExpectedRevenue(model, { social, price }),
  };
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total;
}

function specs(response: TrueResponse): Pick<ChannelTruth, "adstock" | "saturation"> {
  return {
    adstock: { kind: "geometric", decay: response.decay, maxLag: response.maxLag },
    saturation: { kind: "hill", halfSaturation: response.halfSaturation, shape: response.shape },
  };
}
