import type { AdstockSpec, Hyperparameters, SaturationSpec } from "../../src/core/model/types";
import type { SimulationTruth } from "../../src/core/simulate/simulationTruth";

/** How close the product's tuned transform of one channel in one stage is to the true one. */
export interface ShapeRecovery {
  readonly scenario: string;
  readonly replicate: number;
  readonly stage: "mediator" | "outcome";
  readonly channel: string;
  readonly trueDecay: number;
  /** Geometric decay chosen (0 for no adstock, NaN for a Weibull adstock). */
  readonly chosenDecay: number;
  /** Hill half-saturation in adstocked spend units. */
  readonly trueHalfSaturation: number;
  /** Chosen Hill half-saturation (Infinity when no saturation was chosen, NaN for logistic). */
  readonly chosenHalfSaturation: number;
  readonly trueShape: number;
  /** Chosen Hill shape (1 for none, NaN for logistic). */
  readonly chosenShape: number;
  readonly onOff: boolean;
}

function decayOf(spec: AdstockSpec): number {
  if (spec.kind === "geometric") return spec.decay;
  return spec.kind === "none" ? 0 : Number.NaN;
}

function hillOf(spec: SaturationSpec): { halfSaturation: number; shape: number } {
  if (spec.kind === "hill") return { halfSaturation: spec.halfSaturation, shape: spec.shape };
  return spec.kind === "none"
    ? { halfSaturation: Number.POSITIVE_INFINITY, shape: 1 }
    : { halfSaturation: Number.NaN, shape: Number.NaN };
}

/**
 * Compares the tuned adstock and saturation of every channel in both stages with the simulator's truth.
 *
 * @param scenario - name and seed index of the data set
 * @param tuned - `fitMmm(…).hyperparameters`
 * @param truth - the simulation's truth
 * @returns one record per channel and stage (channels without a truth, if any, are left out)
 * @example
 * shapeRecovery({ name: "default", replicate: 0 }, result.hyperparameters, truth)[0].chosenDecay; // => 0.25
 */
export function shapeRecovery(
  scenario: { readonly name: string; readonly replicate: number },
  tuned: Hyperparameters,
  truth: SimulationTruth
): ShapeRecovery[] {
  const stages = [tuned.mediator, tuned.outcome].filter((stage) => stage !== null);
  return stages.flatMap((stage) =>
    stage.channels.flatMap((channel) => {
      const source =
        truth.channels[channel.channel] ??
        (channel.channel === "google_spend" ? truth.google : undefined);
      if (!source) return [];
      const chosen = hillOf(channel.saturation);
      return [
        {
          scenario: scenario.name,
          replicate: scenario.replicate,
          stage: stage.stage,
          channel: channel.channel,
          trueDecay: source.decay,
          chosenDecay: decayOf(channel.adstock),
          trueHalfSaturation: source.halfSaturation,
          chosenHalfSaturation: chosen.halfSaturation,
          trueShape: source.shape,
          chosenShape: chosen.shape,
          onOff: channel.onOff,
        },
      ];
    })
  );
}
