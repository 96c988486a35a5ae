import type { AdstockSpec, SaturationSpec } from "../../model/types";
import type {
  ChannelHyperparameters,
  Hyperparameters,
  StageHyperparameters,
} from "../../model/types";
import type { RandomSource } from "../../random/createRandom";
import { JITTER_DECAY_STEP, JITTER_HALF_SATURATION_FACTOR, JITTER_MAX_DECAY } from "../constants";

function adstock(spec: AdstockSpec, random: RandomSource): AdstockSpec {
  if (spec.kind !== "geometric") return spec;
  const decay = spec.decay + JITTER_DECAY_STEP * (2 * random() - 1);
  return { ...spec, decay: Math.min(Math.max(decay, 0), JITTER_MAX_DECAY) };
}

function saturation(spec: SaturationSpec, random: RandomSource): SaturationSpec {
  if (spec.kind !== "hill") return spec;
  const factor = Math.pow(JITTER_HALF_SATURATION_FACTOR, 2 * random() - 1);
  return { ...spec, halfSaturation: spec.halfSaturation * factor };
}

function stage(settings: StageHyperparameters, random: RandomSource): StageHyperparameters {
  const channels = settings.channels.map((channel): ChannelHyperparameters => ({
    ...channel,
    adstock: adstock(channel.adstock, random),
    saturation: saturation(channel.saturation, random),
  }));
  return { ...settings, channels };
}

/**
 * Hyperparameters moved at random within one step of the search's refinement grid: each geometric decay by up to
 * ±JITTER_DECAY_STEP, each Hill half-saturation by a factor up to JITTER_HALF_SATURATION_FACTOR either way
 * (uniform on the log scale). Settings the search cannot tell apart then vary across bootstrap replicates, a
 * cheap stand-in for re-tuning in every replicate.
 */
export function jitterHyperparameters(
  hyperparameters: Hyperparameters,
  random: RandomSource
): Hyperparameters {
  return {
    ...hyperparameters,
    mediator: hyperparameters.mediator ? stage(hyperparameters.mediator, random) : null,
    outcome: stage(hyperparameters.outcome, random),
  };
}
