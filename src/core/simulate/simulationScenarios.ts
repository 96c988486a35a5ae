import type { ChannelSimulationOptions, SimulationOptions } from "./simulationOptions";

/** A named simulation set-up for the accuracy benchmark. */
export interface SimulationScenario {
  /** Short kebab-case id, stable across versions (benchmark tables are keyed by it). */
  readonly name: string;
  /** What the scenario tests, in one sentence. */
  readonly description: string;
  /** Options passed to `simulateMmmData`, always with a seed. */
  readonly options: SimulationOptions;
}

const SOCIAL = ["facebook_spend", "tiktok_spend", "instagram_spend", "snapchat_spend"] as const;

/** The four default channels, each with the same overrides. */
function allChannels(
  overrides: Omit<ChannelSimulationOptions, "name">
): ChannelSimulationOptions[] {
  return SOCIAL.map((name) => ({ name, ...overrides }));
}

/** The four default channels with per-channel overrides, in facebook, tiktok, instagram, snapchat order. */
function eachChannel(
  overrides: readonly Omit<ChannelSimulationOptions, "name">[]
): ChannelSimulationOptions[] {
  return SOCIAL.map((name, i) => ({ name, ...overrides[i] }));
}

/**
 * Named, varied, seeded scenarios for the accuracy benchmark: carry-over from none to long, saturation from
 * almost linear to strong, mediated shares from 0 to 1 (including a channel with no mediated path, one with no
 * direct path and one with no effect at all), noise from 2% to 10%, 104 to 260 weeks, google on from 20% to
 * 100% of weeks, two to six channels, and collinear always-on spend.
 *
 * @example
 * SIMULATION_SCENARIOS.map((s) => s.name); // => ["default", "three-years", …]
 */
export const SIMULATION_SCENARIOS: readonly SimulationScenario[] = [
  {
    name: "default",
    description: "The default set-up, shaped like the real 104-week data.",
    options: { seed: 101 },
  },
  {
    name: "three-years",
    description: "Default effects over 156 weeks.",
    options: { seed: 102, weeks: 156 },
  },
  {
    name: "five-years",
    description: "Default effects over 260 weeks.",
    options: { seed: 103, weeks: 260 },
  },
  { name: "low-noise", description: "Revenue noise of 2%.", options: { seed: 104, noise: 0.02 } },
  {
    name: "high-noise",
    description: "Revenue noise of 10%.",
    options: { seed: 105, noise: 0.1, weeks: 130 },
  },
  {
    name: "fully-mediated",
    description: "Social acts only through google (share mediated 1 for every channel).",
    options: {
      seed: 106,
      channels: allChannels({ directStrength: 0 }),
      google: { strength: 24000 },
    },
  },
  {
    name: "no-mediation",
    description: "Social acts only directly; google is driven by its baseline alone (share 0).",
    options: { seed: 107, channels: allChannels({ mediatedStrength: 0 }) },
  },
  {
    name: "mixed-paths",
    description: "Facebook has no mediated path, snapchat no direct path, the others both.",
    options: {
      seed: 108,
      weeks: 156,
      channels: eachChannel([
        { mediatedStrength: 0 },
        {},
        { mediatedStrength: 1800 },
        { directStrength: 0, mediatedStrength: 1500 },
      ]),
    },
  },
  {
    name: "long-carryover",
    description: "Decays of 0.6–0.8: effects spread over many weeks.",
    options: {
      seed: 109,
      weeks: 156,
      channels: eachChannel([{ decay: 0.7 }, { decay: 0.6 }, { decay: 0.8 }, { decay: 0.65 }]),
      google: { decay: 0.5 },
    },
  },
  {
    name: "no-carryover",
    description: "Decays of 0–0.1: effects stay in the spend week.",
    options: { seed: 110, channels: allChannels({ decay: 0.05 }), google: { decay: 0 } },
  },
  {
    name: "strong-saturation",
    description:
      "Half-saturation at 0.3–0.5 × mean spend: most weeks are deep in diminishing returns.",
    options: {
      seed: 111,
      channels: eachChannel([
        { halfSaturation: 0.3 },
        { halfSaturation: 0.4 },
        { halfSaturation: 0.5 },
        { halfSaturation: 0.35 },
      ]),
      google: { halfSaturation: 0.4 },
    },
  },
  {
    name: "nearly-linear",
    description: "Half-saturation at 3 × mean spend with shape 0.9: responses are close to linear.",
    options: {
      seed: 112,
      channels: allChannels({ halfSaturation: 3, shape: 0.9 }),
      google: { halfSaturation: 3, shape: 1 },
    },
  },
  {
    name: "s-curves",
    description: "Hill shapes of 2.5–3: S-shaped responses with a threshold.",
    options: {
      seed: 113,
      weeks: 182,
      channels: eachChannel([{ shape: 2.5 }, { shape: 3 }, { shape: 2.8 }, { shape: 2.5 }]),
      google: { shape: 2.5 },
    },
  },
  {
    name: "google-always-on",
    description: "Google never switched off by the exogenous flag.",
    options: { seed: 114, google: { offWeeksShare: 0 } },
  },
  {
    name: "google-rarely-on",
    description: "Google on in only about 20% of weeks.",
    options: { seed: 115, weeks: 208, google: { offWeeksShare: 0.8 } },
  },
  {
    name: "strong-google",
    description: "Google's effect on revenue doubled; mediated shares rise.",
    options: { seed: 116, google: { strength: 32000 } },
  },
  {
    name: "weak-google",
    description: "Google's effect on revenue a quarter of the default; mediated shares are small.",
    options: { seed: 117, google: { strength: 4000 }, noise: 0.03 },
  },
  {
    name: "two-channels",
    description: "Only facebook and tiktok.",
    options: {
      seed: 118,
      channels: [{ name: "facebook_spend" }, { name: "tiktok_spend", mediatedStrength: 900 }],
    },
  },
  {
    name: "six-channels",
    description: "Two extra social channels with generic defaults.",
    options: {
      seed: 119,
      weeks: 156,
      channels: [
        ...eachChannel([{}, {}, {}, {}]),
        { name: "pinterest_spend" },
        { name: "youtube_spend", decay: 0.6, mediatedStrength: 1200 },
      ],
    },
  },
  {
    name: "sparse-flighting",
    description: "Tiktok, instagram and snapchat on in only about 20% of weeks.",
    options: {
      seed: 120,
      weeks: 156,
      channels: eachChannel([{}, { activeShare: 0.2 }, { activeShare: 0.2 }, { activeShare: 0.2 }]),
    },
  },
  {
    name: "always-on",
    description: "Every channel always on: spend series are hard to tell apart.",
    options: { seed: 121, weeks: 156, channels: allChannels({ activeShare: 1 }) },
  },
  {
    name: "strong-price-promo",
    description: "Price elasticity −2 and a 30% promotion lift.",
    options: { seed: 122, priceElasticity: -2, promoLift: 0.3, promoShare: 0.25 },
  },
  {
    name: "flat-base",
    description: "No trend and no seasonality.",
    options: { seed: 123, trend: 0, seasonality: 0, noise: 0.05 },
  },
  {
    name: "strong-season-decline",
    description: "Seasonality of 8,000 a week and base revenue falling by 4,000 over the period.",
    options: { seed: 124, weeks: 208, seasonality: 8000, trend: -4000, noise: 0.06 },
  },
  {
    name: "noisy-mediator",
    description: "Google noise of 25%: stage 1 is hard to fit.",
    options: { seed: 125, google: { noise: 0.25 }, noise: 0.08 },
  },
  {
    name: "small-budgets",
    description: "Every social budget a fifth of the default, with the same relative saturation.",
    options: {
      seed: 126,
      channels: eachChannel([
        { meanSpend: 1060 },
        { meanSpend: 560 },
        { meanSpend: 520 },
        { meanSpend: 420 },
      ]),
    },
  },
  {
    name: "dead-channel",
    description: "Snapchat has no effect at all (total 0, share undefined).",
    options: {
      seed: 127,
      weeks: 130,
      channels: eachChannel([{}, {}, {}, { mediatedStrength: 0, directStrength: 0 }]),
    },
  },
  {
    name: "hard-mix",
    description: "Long carry-over, S-curves, 9% noise and mostly mediated effects over 260 weeks.",
    options: {
      seed: 128,
      weeks: 260,
      noise: 0.09,
      channels: allChannels({
        decay: 0.6,
        shape: 2.2,
        directStrength: 800,
        mediatedStrength: 1500,
      }),
      google: { strength: 22000, decay: 0.4 },
    },
  },
];
