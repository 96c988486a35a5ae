/** Options of the simulator; every field is optional and documented with its default. */

/** One social channel of the simulation. */
export interface ChannelSimulationOptions {
  /** Column name, ending in `_spend` by convention, e.g. `facebook_spend`. */
  readonly name: string;
  /** Mean weekly spend in weeks when the channel is on (currency units), > 0. */
  readonly meanSpend?: number;
  /** Share of weeks the channel is on (flighting), in (0, 1]; 1 = always on. */
  readonly activeShare?: number;
  /** Mean length of an on-burst in weeks, ≥ 1. */
  readonly burstWeeks?: number;
  /** True geometric adstock decay, in [0, 1). */
  readonly decay?: number;
  /** True Hill half-saturation relative to the channel's mean nonzero adstocked spend, > 0. */
  readonly halfSaturation?: number;
  /** True Hill shape, > 0. */
  readonly shape?: number;
  /** Effect on google spend at full saturation (a_c, google currency units per week), ≥ 0; 0 = no mediated path. */
  readonly mediatedStrength?: number;
  /** Effect on revenue at full saturation (δ_c, revenue units per week before price/promo factors), ≥ 0; 0 = no direct path. */
  readonly directStrength?: number;
}

/** The mediator (google) of the simulation. */
export interface GoogleSimulationOptions {
  /** True geometric adstock decay of google in the revenue equation, in [0, 1). */
  readonly decay?: number;
  /** True Hill half-saturation relative to google's mean nonzero adstocked spend, > 0. */
  readonly halfSaturation?: number;
  /** True Hill shape, > 0. */
  readonly shape?: number;
  /** Effect of google on revenue at full saturation (β_g, revenue units per week), ≥ 0. */
  readonly strength?: number;
  /** Google spend in an on-week with no social spend (currency units), ≥ 0. */
  readonly baseline?: number;
  /** Share of weeks google is switched off by an exogenous flag, in [0, 1). */
  readonly offWeeksShare?: number;
  /** sd of the log-normal google noise ε_g, ≥ 0. */
  readonly noise?: number;
}

/** Options of {@link simulateMmmData}. */
export interface SimulationOptions {
  /** Seed of every random draw. @defaultValue 20240611 */
  readonly seed?: number;
  /** Number of weeks, whole, 26–520 (benchmarks use 104–260). @defaultValue 104 */
  readonly weeks?: number;
  /** First week as ISO `yyyy-mm-dd`, a Sunday. @defaultValue "2023-09-17" */
  readonly startDate?: string;
  /** Social channels. @defaultValue facebook, tiktok, instagram, snapchat (see `DEFAULT_CHANNELS`) */
  readonly channels?: readonly ChannelSimulationOptions[];
  /** The mediator. @defaultValue see `DEFAULT_GOOGLE` */
  readonly google?: GoogleSimulationOptions;
  /** Revenue noise sd as a fraction of revenue (ε_y), ≥ 0. @defaultValue 0.04 */
  readonly noise?: number;
  /** Price elasticity of revenue (exponent of price / mean price). @defaultValue −1.2 */
  readonly priceElasticity?: number;
  /** Fractional revenue lift in a promotion week, > −1. @defaultValue 0.15 */
  readonly promoLift?: number;
  /** Share of weeks with a promotion, in [0, 1). @defaultValue 0.21 */
  readonly promoShare?: number;
  /** Revenue per email and per SMS sent (γ). @defaultValue { emailEffect: 0.025, smsEffect: 0.08 } */
  readonly crm?: { readonly emailEffect?: number; readonly smsEffect?: number };
  /** Base revenue per week before trend, seasonality and drivers. @defaultValue 30000 */
  readonly intercept?: number;
  /** Rise of base revenue from the first to the last week (revenue per week; may be negative). @defaultValue 3000 */
  readonly trend?: number;
  /** Amplitude of yearly seasonality (revenue per week), ≥ 0. @defaultValue 3000 */
  readonly seasonality?: number;
  /** Carry-over window of the true adstock, whole weeks ≥ 0. @defaultValue 12 */
  readonly adstockMaxLag?: number;
}

/** One channel with every option filled in. */
export type ResolvedChannelOptions = Required<ChannelSimulationOptions>;

/** Every option filled in: what was simulated. */
export interface ResolvedSimulationOptions {
  readonly seed: number;
  readonly weeks: number;
  readonly startDate: string;
  readonly channels: readonly ResolvedChannelOptions[];
  readonly google: Required<GoogleSimulationOptions>;
  readonly noise: number;
  readonly priceElasticity: number;
  readonly promoLift: number;
  readonly promoShare: number;
  readonly crm: { readonly emailEffect: number; readonly smsEffect: number };
  readonly intercept: number;
  readonly trend: number;
  readonly seasonality: number;
  readonly adstockMaxLag: number;
}
