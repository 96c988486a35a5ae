import {
  DEFAULT_ADSTOCK_MAX_LAG,
  DEFAULT_EMAIL_EFFECT,
  DEFAULT_INTERCEPT,
  DEFAULT_PRICE_ELASTICITY,
  DEFAULT_PROMO_LIFT,
  DEFAULT_PROMO_SHARE,
  DEFAULT_REVENUE_NOISE,
  DEFAULT_SEASONALITY,
  DEFAULT_SEED,
  DEFAULT_SMS_EFFECT,
  DEFAULT_START_DATE,
  DEFAULT_TREND,
  DEFAULT_WEEKS,
} from "./constants";
import { checkSimulationOptions } from "./_internal/checkSimulationOptions";
import { DEFAULT_CHANNELS, DEFAULT_GOOGLE, GENERIC_CHANNEL } from "./defaultChannels";
import type {
  ResolvedChannelOptions,
  ResolvedSimulationOptions,
  SimulationOptions,
} from "./simulationOptions";

/** Column names the simulator writes besides the social channels; a channel may not take one of them. */
export const FIXED_COLUMNS = [
  "week",
  "google_spend",
  "social_followers",
  "average_price",
  "promotions",
  "emails_send",
  "sms_send",
  "revenue",
] as const;

/**
 * Fills in every simulation option with its default and checks each value.
 *
 * A channel named like a default channel (e.g. `tiktok_spend`) takes that channel's defaults for fields it leaves
 * out; any other name takes generic defaults.
 *
 * @param options - the caller's options
 * @returns every option resolved
 * @throws {InvalidParameterError} naming the first option out of range
 * @example
 * resolveSimulationOptions({ weeks: 156 }).channels.length; // => 4
 */
export function resolveSimulationOptions(
  options: SimulationOptions = {}
): ResolvedSimulationOptions {
  const channels = (options.channels ?? DEFAULT_CHANNELS).map((channel) => ({
    ...(DEFAULT_CHANNELS.find((d) => d.name === channel.name) ?? {
      ...GENERIC_CHANNEL,
      name: channel.name,
    }),
    ...defined(channel),
  })) as ResolvedChannelOptions[];
  const resolved: ResolvedSimulationOptions = {
    seed: options.seed ?? DEFAULT_SEED,
    weeks: options.weeks ?? DEFAULT_WEEKS,
    startDate: options.startDate ?? DEFAULT_START_DATE,
    channels,
    google: { ...DEFAULT_GOOGLE, ...defined(options.google ?? {}) },
    noise: options.noise ?? DEFAULT_REVENUE_NOISE,
    priceElasticity: options.priceElasticity ?? DEFAULT_PRICE_ELASTICITY,
    promoLift: options.promoLift ?? DEFAULT_PROMO_LIFT,
    promoShare: options.promoShare ?? DEFAULT_PROMO_SHARE,
    crm: {
      emailEffect: options.crm?.emailEffect ?? DEFAULT_EMAIL_EFFECT,
      smsEffect: options.crm?.smsEffect ?? DEFAULT_SMS_EFFECT,
    },
    intercept: options.intercept ?? DEFAULT_INTERCEPT,
    trend: options.trend ?? DEFAULT_TREND,
    seasonality: options.seasonality ?? DEFAULT_SEASONALITY,
    adstockMaxLag: options.adstockMaxLag ?? DEFAULT_ADSTOCK_MAX_LAG,
  };
  checkSimulationOptions(resolved, FIXED_COLUMNS);
  return resolved;
}

/** Drops fields set to undefined, so they do not overwrite defaults in a spread. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
