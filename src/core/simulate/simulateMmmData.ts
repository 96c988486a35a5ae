/**
 * The product's sample-data simulator: weekly MMM data with KNOWN TRUE EFFECTS, for the demo, the tests and the
 * accuracy benchmark.
 *
 * Structural equations (t = week, c = social channel, hill(adstock(·)) with each input's true parameters):
 *
 *   google_t  = on_t · (baseline + Σ_c a_c · hill(adstock(x_c))_t) · exp(ε_g,t)                     (stage 1)
 *   revenue_t = (base_t + β_g · hill(adstock(google))_t + Σ_c δ_c · hill(adstock(x_c))_t + γ · CRM_t)
 *               · (price_t / p̄)^elasticity · (1 + lift · promo_t) · (1 + ε_y,t)                        (stage 2)
 *   base_t    = intercept + trend · t / (weeks − 1) + seasonality · (0.8 sin(2πt/52.18 + φ) + 0.2 cos(4πt/52.18))
 *
 * on_t is an exogenous 0/1 flag (google is switched off in `offWeeksShare` of weeks, so it is often exactly 0),
 * ε_g,t ~ N(0, google.noise²), ε_y,t ~ N(0, noise²) (1 + ε_y floored at 0.1), γ · CRM_t = emailEffect · emails_t +
 * smsEffect · sms_t, p̄ = mean simulated price (a fixed constant of the equations). Adstock is geometric with a
 * window of `adstockMaxLag` weeks; each Hill half-saturation is given relative to that input's mean nonzero
 * adstocked spend and fixed in spend units once the observed spend is drawn. social_followers trends upward and has
 * no effect on revenue (a realistic distractor). Spend is rounded to cents and google is rounded to cents inside
 * stage 1, so the grid holds exactly the inputs the equations used; revenue in the grid is rounded to cents.
 *
 * The truth (see {@link SimulationTruth}) comes from counterfactual runs of the same equations with every noise
 * draw, flag and control held fixed, so identities such as total = direct + indirect hold exactly.
 */
import { InvalidParameterError } from "../errors";
import type { Series } from "../types";
import { WEEKS_PER_YEAR } from "../features/constants";
import { geometricAdstock } from "../transforms/adstock/geometricAdstock";
import { simulateDrivers } from "./_internal/simulateDrivers";
import { computeSimulationTruth } from "./computeSimulationTruth";
import { FIXED_COLUMNS, resolveSimulationOptions } from "./resolveSimulationOptions";
import {
  simulateGoogle,
  simulateRevenue,
  type StructuralModel,
  type TrueResponse,
} from "./structuralModel";
import type { ResolvedSimulationOptions, SimulationOptions } from "./simulationOptions";
import type { SimulationTruth } from "./simulationTruth";

/** Phase of the yearly cycle: peaks in late autumn for a September start, like retail. */
const SEASON_PHASE = 0.6;
const MS_PER_DAY = 86_400_000;

/** What {@link simulateMmmData} returns. */
export interface SimulatedData {
  /**
   * The sheet: a header row then one row per week: `[weeks + 1][columns]`. Columns: week (ISO text), each social
   * channel, google_spend, social_followers, average_price, promotions, emails_send, sms_send, revenue.
   */
  readonly grid: unknown[][];
  readonly truth: SimulationTruth;
  /** Every option as used. */
  readonly options: ResolvedSimulationOptions;
  /** The structural equations and their inputs, so experiments can be run on the truth (`simulateLiftTest`). */
  readonly structural: {
    readonly model: StructuralModel;
    /** Social spend per channel, in the order of `model.channels`: `[channels][weeks]`. */
    readonly social: readonly Series[];
    readonly google: Series;
    readonly price: Series;
    /** Revenue before rounding to cents: `[weeks]`. */
    readonly revenue: Series;
  };
}

/**
 * Simulates weekly marketing data with known true direct and mediated (via google) effects of social spend.
 *
 * Seeded: the same options give a bit-identical grid and truth on every run. O(weeks · channels²) for the truth.
 *
 * @param options - every field optional, see {@link SimulationOptions} for defaults
 * @returns the grid (ready for `toDataset`), the truth and the resolved options
 * @throws {InvalidParameterError} when an option is out of range (the error names it)
 * @example
 * const { grid, truth } = simulateMmmData({ seed: 7, weeks: 156 });
 * grid[0]; // => ["week", "facebook_spend", "tiktok_spend", "instagram_spend", "snapchat_spend", "google_spend", …]
 * truth.channels.facebook_spend.shareMediated; // => between 0 and 1
 * @see Pearl (2001), Direct and Indirect Effects; Jin et al. (2017) for adstock and Hill
 */
export function simulateMmmData(options: SimulationOptions = {}): SimulatedData {
  const o = resolveSimulationOptions(options);
  const n = o.weeks;
  const drivers = simulateDrivers(o);
  const channels = o.channels.map((channel, c) => ({
    name: channel.name,
    response: absoluteResponse(drivers.spend[c] as Series, channel, o.adstockMaxLag),
    mediatedStrength: channel.mediatedStrength,
    directStrength: channel.directStrength,
  }));
  const base = new Float64Array(n);
  const crm = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const angle = (2 * Math.PI * t) / WEEKS_PER_YEAR;
    const season = 0.8 * Math.sin(angle + SEASON_PHASE) + 0.2 * Math.cos(2 * angle);
    base[t] = o.intercept + (o.trend * t) / (n - 1) + o.seasonality * season;
    crm[t] =
      o.crm.emailEffect * (drivers.emails[t] as number) +
      o.crm.smsEffect * (drivers.sms[t] as number);
  }
  const partial: StructuralModel = {
    weeks: n,
    channels,
    // Google's half-saturation is fixed below, once the observed google series exists.
    google: {
      response: absoluteResponse(new Float64Array(n), o.google, o.adstockMaxLag),
      strength: o.google.strength,
      baseline: o.google.baseline,
    },
    googleOn: drivers.googleOn,
    googleNoise: drivers.googleNoise,
    base,
    crm,
    promo: drivers.promo,
    promoLift: o.promoLift,
    referencePrice: mean(drivers.price),
    priceElasticity: o.priceElasticity,
    revenueNoise: drivers.revenueNoise,
  };
  const google = simulateGoogle(partial, drivers.spend);
  const model: StructuralModel = {
    ...partial,
    google: { ...partial.google, response: absoluteResponse(google, o.google, o.adstockMaxLag) },
  };
  const revenue = simulateRevenue(model, { direct: drivers.spend, google, price: drivers.price });
  for (let t = 0; t < n; t++) {
    if (!((revenue[t] as number) > 0)) {
      throw new InvalidParameterError(
        "options",
        `The options give non-positive revenue in week ${t + 1}; raise intercept or lower seasonality.`
      );
    }
  }
  const truth = computeSimulationTruth(
    model,
    { social: drivers.spend, google, price: drivers.price, revenue },
    {
      relativeChannels: o.channels.map((c) => c.halfSaturation),
      relativeGoogle: o.google.halfSaturation,
      crm: o.crm,
    }
  );
  // The week first, then the social channels, then the fixed columns in FIXED_COLUMNS' order.
  const [weekColumn, ...otherColumns] = FIXED_COLUMNS;
  const header = [weekColumn, ...o.channels.map((c) => c.name), ...otherColumns];
  const start = Date.parse(`${o.startDate}T00:00:00Z`);
  const rows = Array.from({ length: n }, (_, t) => [
    new Date(start + 7 * t * MS_PER_DAY).toISOString().slice(0, 10),
    ...drivers.spend.map((series) => series[t] as number),
    google[t] as number,
    drivers.followers[t] as number,
    drivers.price[t] as number,
    drivers.promo[t] as number,
    drivers.emails[t] as number,
    drivers.sms[t] as number,
    Math.round((revenue[t] as number) * 100) / 100,
  ]);
  return {
    grid: [header, ...rows],
    truth,
    options: o,
    structural: { model, social: drivers.spend, google, price: drivers.price, revenue },
  };
}

/** Turns a half-saturation relative to mean nonzero adstocked spend into spend units (relative value kept when all 0). */
function absoluteResponse(
  spend: Series,
  params: { readonly decay: number; readonly halfSaturation: number; readonly shape: number },
  maxLag: number
): TrueResponse {
  const adstocked = geometricAdstock(spend, { decay: params.decay, maxLag });
  let total = 0;
  let count = 0;
  for (const value of adstocked) {
    if (value > 0) {
      total += value;
      count += 1;
    }
  }
  const scale = count === 0 ? 1 : total / count;
  return {
    decay: params.decay,
    maxLag,
    halfSaturation: params.halfSaturation * scale,
    shape: params.shape,
  };
}

function mean(values: Series): number {
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}
