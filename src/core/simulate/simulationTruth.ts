import type { AdstockSpec } from "../transforms/adstock/adstockSpec";
import type { SaturationSpec } from "../transforms/saturation/saturationSpec";

/**
 * The true effect of one social channel, from counterfactual runs of the structural equations with every noise
 * draw held fixed (sums over all simulated weeks, revenue units):
 * - total = Σ_t [y_t(observed) − y_t(x_c = 0 everywhere, google regenerated with x_c = 0)];
 * - indirect = Σ_t [y_t(observed) − y_t(x_c kept in the direct path, google regenerated with x_c = 0)];
 * - direct = total − indirect (the direct effect evaluated at the counterfactual google level).
 */
export interface ChannelTruth {
  readonly name: string;
  /** Σ weekly spend (currency). */
  readonly spend: number;
  readonly total: number;
  readonly direct: number;
  readonly indirect: number;
  /** indirect / total, null when total is 0. */
  readonly shareMediated: number | null;
  /** total / spend, null when spend is 0. */
  readonly roas: number | null;
  /** indirect / spend, null when spend is 0. */
  readonly roasMediated: number | null;
  /** True geometric decay. */
  readonly decay: number;
  /** True Hill half-saturation in adstocked spend units (currency). */
  readonly halfSaturation: number;
  /** The same, relative to the channel's mean nonzero adstocked spend (the option as given). */
  readonly halfSaturationRelative: number;
  /** True Hill shape. */
  readonly shape: number;
  /** a_c: google spend added at full saturation. */
  readonly mediatedStrength: number;
  /** δ_c: revenue added at full saturation, before price/promotion factors. */
  readonly directStrength: number;
  /** The true adstock as a spec, for an oracle fit. */
  readonly adstock: AdstockSpec;
  /** The true saturation as a spec (half-saturation in spend units), for an oracle fit. */
  readonly saturation: SaturationSpec;
}

/** The true effect of the mediator: total = Σ_t [y_t(observed) − y_t(google = 0, social unchanged)]. */
export interface GoogleTruth {
  /** Σ weekly google spend (currency). */
  readonly spend: number;
  readonly total: number;
  /** total / spend, null when spend is 0. */
  readonly roas: number | null;
  readonly decay: number;
  /** True Hill half-saturation in adstocked google spend units (currency). */
  readonly halfSaturation: number;
  readonly halfSaturationRelative: number;
  readonly shape: number;
  /** β_g: revenue added at full saturation. */
  readonly strength: number;
  /** Google spend in an on-week without social spend. */
  readonly baseline: number;
  readonly adstock: AdstockSpec;
  readonly saturation: SaturationSpec;
}

/** A stretch of weeks: 0-based indices, `start` included, `end` excluded. */
export interface WeekWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Revenue the true structural equations give when spend is set to a constant weekly amount per channel inside a
 * window of weeks, with every noise draw, exogenous flag and control held at its simulated value.
 *
 * - `weeklySpendOverride` maps column names (`facebook_spend`, …, `google_spend`) to a weekly amount (≥ 0) that
 *   replaces the simulated spend in every week of the window; channels left out keep their simulated spend.
 * - Google: when `google_spend` is overridden it is set directly to that amount in every window week (whatever the
 *   exogenous on/off flag says: the advertiser decides). Otherwise google is regenerated through stage 1 from the
 *   (overridden) social spend, so social overrides also move google, with the on/off flag and google noise fixed.
 * - Weeks before the window keep their simulated spend, so their carry-over into the window counts.
 * - Returns Σ revenue over the window weeks (unrounded; noise held fixed).
 *
 * @defaultValue window the last 13 weeks
 * @throws {InvalidParameterError} for an unknown column, a negative or non-finite amount, or a bad window
 */
export type ExpectedRevenue = (
  weeklySpendOverride: Readonly<Record<string, number>>,
  window?: WeekWindow
) => number;

/** Every true effect of a simulation; `expectedRevenue` is a function, so it is not part of a JSON copy. */
export interface SimulationTruth {
  /** Social channel names in column order. */
  readonly channelNames: readonly string[];
  /** Per social channel, keyed by column name. */
  readonly channels: Readonly<Record<string, ChannelTruth>>;
  readonly google: GoogleTruth;
  /** Σ observed revenue (unrounded equation values). */
  readonly revenue: number;
  /** True % change of total revenue per 1% change of every week's price (central difference of ±1%). */
  readonly elasticity: number;
  /** Fractional revenue lift in a promotion week. */
  readonly promoLift: number;
  /** Revenue per email and per SMS sent. */
  readonly crm: { readonly emailEffect: number; readonly smsEffect: number };
  readonly expectedRevenue: ExpectedRevenue;
}
