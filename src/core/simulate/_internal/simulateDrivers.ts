import type { Series } from "../../types";
import {
  CRM_VARIATION,
  EMAIL_LEVEL,
  FOLLOWERS_GROWTH,
  FOLLOWERS_START,
  MIN_NOISE_FACTOR,
  PRICE_LEVEL,
  PRICE_VARIATION,
  PROMO_PRICE_CUT,
  SMS_LEVEL,
  SPEND_VARIATION,
} from "../constants";
import type { ResolvedSimulationOptions } from "../simulationOptions";
import { flightingFlags, randomStream, standardNormal } from "./randomStreams";

/** Mean on-run of google's exogenous flag and of promotions, in weeks. */
const GOOGLE_BURST_WEEKS = 4;
const PROMO_BURST_WEEKS = 1.5;
/** AR(1) persistence of log price and of CRM sends: slow drifts, as in weekly business data. */
const PERSISTENCE = 0.7;

/** The exogenous inputs and noise draws of one simulation (everything random). */
export interface SimulatedDrivers {
  /** Weekly spend per social channel, rounded to cents: `[channels][weeks]`. */
  readonly spend: readonly Series[];
  readonly googleOn: Uint8Array;
  readonly googleNoise: Series;
  readonly price: Series;
  readonly promo: Series;
  readonly emails: Series;
  readonly sms: Series;
  readonly followers: Series;
  readonly revenueNoise: Series;
}

const cents = (value: number): number => Math.round(value * 100) / 100;

/** Draws every random input of the simulation, each from its own named stream. */
export function simulateDrivers(o: ResolvedSimulationOptions): SimulatedDrivers {
  const n = o.weeks;
  const spend = o.channels.map((channel) => {
    const random = randomStream(o.seed, `spend:${channel.name}`);
    const flags = atLeastTwoOn(flightingFlags(random, n, channel.activeShare, channel.burstWeeks));
    const series = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      const z = standardNormal(random);
      if (flags[t] === 1) {
        series[t] = cents(
          channel.meanSpend *
            Math.exp(SPEND_VARIATION * z - (SPEND_VARIATION * SPEND_VARIATION) / 2)
        );
      }
    }
    return series;
  });

  const googleRandom = randomStream(o.seed, "google");
  const googleOn = atLeastTwoOn(
    flightingFlags(googleRandom, n, 1 - o.google.offWeeksShare, GOOGLE_BURST_WEEKS)
  );
  const googleNoise = Float64Array.from({ length: n }, () =>
    Math.exp(o.google.noise * standardNormal(googleRandom))
  );

  const promoRandom = randomStream(o.seed, "promotions");
  const promo = Float64Array.from(flightingFlags(promoRandom, n, o.promoShare, PROMO_BURST_WEEKS));

  const priceRandom = randomStream(o.seed, "price");
  const logPrice = ar1(priceRandom, n, PRICE_VARIATION);
  const price = Float64Array.from(logPrice, (v, t) =>
    cents(PRICE_LEVEL * Math.exp(v) * (1 - PROMO_PRICE_CUT * (promo[t] as number)))
  );

  const crmRandom = randomStream(o.seed, "crm");
  const emails = Float64Array.from(ar1(crmRandom, n, CRM_VARIATION), (v) =>
    Math.round(EMAIL_LEVEL * Math.exp(v))
  );
  const sms = Float64Array.from(ar1(crmRandom, n, CRM_VARIATION), (v) =>
    Math.round(SMS_LEVEL * Math.exp(v))
  );

  const followersRandom = randomStream(o.seed, "followers");
  const followers = new Float64Array(n);
  let level = FOLLOWERS_START;
  for (let t = 0; t < n; t++) {
    level = Math.max(0, level + FOLLOWERS_GROWTH * (1 + 0.5 * standardNormal(followersRandom)));
    followers[t] = Math.round(level);
  }

  const noiseRandom = randomStream(o.seed, "revenue");
  const revenueNoise = Float64Array.from({ length: n }, () =>
    Math.max(MIN_NOISE_FACTOR, 1 + o.noise * standardNormal(noiseRandom))
  );
  return { spend, googleOn, googleNoise, price, promo, emails, sms, followers, revenueNoise };
}

/** A stationary AR(1) path with marginal sd `sd` and persistence {@link PERSISTENCE}. */
function ar1(random: () => number, n: number, sd: number): Series {
  const out = new Float64Array(n);
  const innovation = sd * Math.sqrt(1 - PERSISTENCE * PERSISTENCE);
  let value = sd * standardNormal(random);
  for (let t = 0; t < n; t++) {
    out[t] = value;
    value = PERSISTENCE * value + innovation * standardNormal(random);
  }
  return out;
}

/** Makes sure a flag has at least two on-weeks (in the middle), so every channel has something to estimate. */
function atLeastTwoOn(flags: Uint8Array): Uint8Array {
  let on = 0;
  for (const flag of flags) on += flag;
  if (on >= 2) return flags;
  const middle = Math.floor(flags.length / 2);
  flags[middle] = 1;
  flags[middle + 1] = 1;
  return flags;
}
