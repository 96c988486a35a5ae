import type { Series, SeriesLike } from "../types";
import { geometricAdstock } from "../transforms/adstock/geometricAdstock";
import { hillSaturation } from "../transforms/saturation/hillSaturation";

/** The true response of one input: geometric adstock then Hill, with the half-saturation in spend units. */
export interface TrueResponse {
  /** Geometric adstock decay, in [0, 1). */
  readonly decay: number;
  /** Adstock window in weeks. */
  readonly maxLag: number;
  /** Hill half-saturation in adstocked spend units (currency). */
  readonly halfSaturation: number;
  /** Hill shape. */
  readonly shape: number;
}

/** A social channel's true parameters. */
export interface TrueChannel {
  readonly name: string;
  readonly response: TrueResponse;
  /** a_c: google spend added at full saturation. */
  readonly mediatedStrength: number;
  /** δ_c: revenue added at full saturation (before the price and promotion factors). */
  readonly directStrength: number;
}

/**
 * Everything the structural equations need besides the media inputs: true parameters, exogenous series and every
 * noise draw. Holding this fixed and changing only the media inputs gives the counterfactuals of the truth.
 */
export interface StructuralModel {
  readonly weeks: number;
  readonly channels: readonly TrueChannel[];
  readonly google: {
    readonly response: TrueResponse;
    /** β_g: revenue added at full saturation of google. */
    readonly strength: number;
    /** Google spend in an on-week without social spend. */
    readonly baseline: number;
  };
  /** on_t: the exogenous 0/1 flag switching google on: `[weeks]`. */
  readonly googleOn: Uint8Array;
  /** exp(ε_g,t), the multiplicative google noise: `[weeks]`. */
  readonly googleNoise: Series;
  /** base_t = intercept + trend + seasonality: `[weeks]`. */
  readonly base: Series;
  /** γ·CRM_t = emailEffect · emails_t + smsEffect · sms_t: `[weeks]`. */
  readonly crm: Series;
  /** 0/1 promotion flag: `[weeks]`. */
  readonly promo: Series;
  readonly promoLift: number;
  /** p̄: the reference price (mean observed price), held fixed in every counterfactual. */
  readonly referencePrice: number;
  readonly priceElasticity: number;
  /** 1 + ε_y,t, the multiplicative revenue noise: `[weeks]`. */
  readonly revenueNoise: Series;
}

/**
 * hill(adstock(x)) with the true parameters: the share of full effect reached each week, in [0, 1).
 *
 * @param spend - weekly spend, non-negative: `[weeks]`
 * @param response - true adstock and Hill parameters
 * @returns saturated response: `[weeks]`
 */
export function trueResponse(spend: SeriesLike, response: TrueResponse): Series {
  const adstocked = geometricAdstock(spend, { decay: response.decay, maxLag: response.maxLag });
  return hillSaturation(adstocked, {
    halfSaturation: response.halfSaturation,
    shape: response.shape,
  });
}

/**
 * Stage 1: google_t = on_t · (baseline + Σ_c a_c · hill(adstock(x_c))_t) · exp(ε_g,t), rounded to cents.
 *
 * Rounding here (not only in the grid) makes the google column of the data exactly the google the revenue
 * equation used, and it is deterministic, so counterfactuals that do not change google reproduce it bit for bit.
 *
 * @param model - the fixed structural model
 * @param social - each channel's weekly spend, in the order of `model.channels`: `[channels][weeks]`
 * @returns google spend: `[weeks]`
 */
export function simulateGoogle(model: StructuralModel, social: readonly SeriesLike[]): Series {
  const level = new Float64Array(model.weeks).fill(model.google.baseline);
  model.channels.forEach((channel, c) => {
    const response = trueResponse(social[c] as SeriesLike, channel.response);
    for (let t = 0; t < model.weeks; t++)
      level[t] = (level[t] as number) + channel.mediatedStrength * (response[t] as number);
  });
  const google = new Float64Array(model.weeks);
  for (let t = 0; t < model.weeks; t++) {
    const value =
      (model.googleOn[t] as number) * (level[t] as number) * (model.googleNoise[t] as number);
    google[t] = Math.round(value * 100) / 100;
  }
  return google;
}

/** The media inputs of stage 2. */
export interface RevenueInputs {
  /** Each channel's spend in its direct path, in the order of `model.channels`: `[channels][weeks]`. */
  readonly direct: readonly SeriesLike[];
  /** Google spend: `[weeks]`. */
  readonly google: SeriesLike;
  /** Average price; the model's observed price when left out: `[weeks]`. */
  readonly price: SeriesLike;
}

/**
 * Stage 2: revenue_t = (base_t + β_g·hill(adstock(google))_t + Σ_c δ_c·hill(adstock(x_c))_t + γ·CRM_t)
 * · (price_t / p̄)^elasticity · (1 + lift · promo_t) · (1 + ε_y,t).
 *
 * @param model - the fixed structural model
 * @param inputs - direct-path spend per channel, google spend and price
 * @returns revenue: `[weeks]`
 */
export function simulateRevenue(model: StructuralModel, inputs: RevenueInputs): Series {
  const level = new Float64Array(model.weeks);
  const googleResponse = trueResponse(inputs.google, model.google.response);
  for (let t = 0; t < model.weeks; t++) {
    level[t] = (model.base[t] as number) + model.google.strength * (googleResponse[t] as number);
  }
  model.channels.forEach((channel, c) => {
    const response = trueResponse(inputs.direct[c] as SeriesLike, channel.response);
    for (let t = 0; t < model.weeks; t++)
      level[t] = (level[t] as number) + channel.directStrength * (response[t] as number);
  });
  const revenue = new Float64Array(model.weeks);
  for (let t = 0; t < model.weeks; t++) {
    const priceFactor = Math.pow(
      (inputs.price[t] as number) / model.referencePrice,
      model.priceElasticity
    );
    const promoFactor = 1 + model.promoLift * (model.promo[t] as number);
    revenue[t] =
      ((level[t] as number) + (model.crm[t] as number)) *
      priceFactor *
      promoFactor *
      (model.revenueNoise[t] as number);
  }
  return revenue;
}
