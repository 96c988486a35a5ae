import type { RandomSource } from "../../random/createRandom";
import type { ChannelShape, Hyperparameters } from "../../model/types";

/**
 * One replicate's shapes for the channels whose shape lift tests chose: each takes one of the shapes the data
 * accepted in that choice, uniformly from the replicate's own stream, the rest of the (re-tuned) hyperparameters as
 * they are. The fit keeps the median-ROAS shape; the replicates spread over the shapes it was chosen from, so the
 * channel's interval carries the extrapolation the data could not settle.
 *
 * @param hyperparameters - the replicate's re-tuned hyperparameters
 * @param plausible - per channel, the shapes that voted (`CalibrationReport.plausibleShapes`)
 * @param random - the replicate's shape stream (apart from its resampling and lift-draw streams)
 * @returns the hyperparameters with each listed channel's adstock and saturation drawn
 * @example
 * drawPlausibleShapes(settings, { facebook_spend: shapes }, replicateRandom(seed + 3, 7)).outcome.channels;
 */
export function drawPlausibleShapes(
  hyperparameters: Hyperparameters,
  plausible: Readonly<Record<string, readonly ChannelShape[]>>,
  random: RandomSource
): Hyperparameters {
  const drawn = new Map<string, ChannelShape>();
  // Channels in a fixed (sorted) order, so the stream's draws do not depend on object key order.
  for (const channel of Object.keys(plausible).sort()) {
    const shapes = plausible[channel] ?? [];
    if (shapes.length === 0) continue;
    const shape = shapes[Math.min(shapes.length - 1, Math.floor(random() * shapes.length))];
    if (shape) drawn.set(channel, shape);
  }
  if (drawn.size === 0) return hyperparameters;
  return {
    ...hyperparameters,
    outcome: {
      ...hyperparameters.outcome,
      channels: hyperparameters.outcome.channels.map((entry) => {
        const shape = drawn.get(entry.channel);
        return shape ? { ...entry, adstock: shape.adstock, saturation: shape.saturation } : entry;
      }),
    },
  };
}
