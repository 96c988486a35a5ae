import type {
  ChannelHyperparameters,
  Hyperparameters,
  StageHyperparameters,
} from "../../src/core/model/types";
import type { SimulationTruth } from "../../src/core/simulate/simulationTruth";

/**
 * The "oracle" settings: the product's tuned hyperparameters (form, penalty, mixing, two-part mediator) with every
 * channel's adstock and saturation replaced by the simulator's true ones and no on/off terms (the truth has none).
 * A refit with them (`fitWithFixedHyperparameters`) shows the error that noise alone leaves when the shapes are
 * known: the floor the search can at best reach.
 *
 * @param tuned - `fitMmm(…).hyperparameters` of the same data set
 * @param truth - the simulation's truth (true adstock and saturation specs per channel and for google)
 * @returns hyperparameters with true shapes
 * @throws {Error} when a tuned channel has no truth (the data and the truth do not belong together)
 * @example
 * fitWithFixedHyperparameters(dataset, oracleHyperparameters(result.hyperparameters, truth));
 */
export function oracleHyperparameters(
  tuned: Hyperparameters,
  truth: SimulationTruth
): Hyperparameters {
  const withTruth = (stage: StageHyperparameters): StageHyperparameters => ({
    ...stage,
    channels: stage.channels.map((channel): ChannelHyperparameters => {
      const social = truth.channels[channel.channel];
      const source = social ?? (channel.channel === "google_spend" ? truth.google : undefined);
      if (!source) throw new Error(`No true shape for channel ${channel.channel}.`);
      return {
        channel: channel.channel,
        adstock: source.adstock,
        saturation: source.saturation,
        onOff: false,
      };
    }),
  });
  return {
    form: tuned.form,
    mediator: tuned.mediator ? withTruth(tuned.mediator) : null,
    outcome: withTruth(tuned.outcome),
  };
}
