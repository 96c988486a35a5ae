import type { ResolvedChannelOptions } from "./simulationOptions";
import type { GoogleSimulationOptions } from "./simulationOptions";
import { DEFAULT_BURST_WEEKS, DEFAULT_GOOGLE_NOISE, DEFAULT_GOOGLE_OFF_SHARE } from "./constants";

/**
 * The four social channels of the real data with plausible true effects. Spend scales follow the real data
 * (facebook always on at about 5,300 a week; the others on in about 35–40% of weeks at 2,100–2,800). The
 * strengths give (with the default seed) facebook a mostly direct effect with about a quarter mediated, tiktok an
 * almost purely direct one and snapchat about half mediated, so a default run exercises every kind of path.
 */
export const DEFAULT_CHANNELS: readonly ResolvedChannelOptions[] = [
  {
    name: "facebook_spend",
    meanSpend: 5300,
    activeShare: 1,
    burstWeeks: DEFAULT_BURST_WEEKS,
    decay: 0.5,
    halfSaturation: 1,
    shape: 1.2,
    mediatedStrength: 1400,
    directStrength: 6000,
  },
  {
    name: "tiktok_spend",
    meanSpend: 2800,
    activeShare: 0.35,
    burstWeeks: 5,
    decay: 0.3,
    halfSaturation: 0.8,
    shape: 2,
    mediatedStrength: 300,
    directStrength: 4000,
  },
  {
    name: "instagram_spend",
    meanSpend: 2600,
    activeShare: 0.4,
    burstWeeks: DEFAULT_BURST_WEEKS,
    decay: 0.4,
    halfSaturation: 1.2,
    shape: 1.5,
    mediatedStrength: 900,
    directStrength: 2500,
  },
  {
    name: "snapchat_spend",
    meanSpend: 2100,
    activeShare: 0.4,
    burstWeeks: 4,
    decay: 0.2,
    halfSaturation: 1,
    shape: 1,
    mediatedStrength: 800,
    directStrength: 600,
  },
];

/** Defaults for a channel whose name is not one of {@link DEFAULT_CHANNELS}. */
export const GENERIC_CHANNEL: Omit<ResolvedChannelOptions, "name"> = {
  meanSpend: 2000,
  activeShare: 0.5,
  burstWeeks: DEFAULT_BURST_WEEKS,
  decay: 0.3,
  halfSaturation: 1,
  shape: 1.5,
  mediatedStrength: 600,
  directStrength: 2500,
};

/**
 * The default mediator: about 1,500 a week of baseline google spend when on, off in 57% of weeks (as in the
 * real data), a short carry-over and a strong effect on revenue.
 */
export const DEFAULT_GOOGLE: Required<GoogleSimulationOptions> = {
  decay: 0.2,
  halfSaturation: 1,
  shape: 1.3,
  strength: 16000,
  baseline: 1500,
  offWeeksShare: DEFAULT_GOOGLE_OFF_SHARE,
  noise: DEFAULT_GOOGLE_NOISE,
};
