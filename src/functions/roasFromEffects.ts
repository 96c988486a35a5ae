import { InvalidParameterError, ModelNotFittedError } from "../core/errors";
import type { SavedModel } from "../workbookModel/savedModel";

/**
 * Return on ad spend of one channel from the effects saved with the model (sums over the data's weeks):
 * total, direct or indirect (through the mediator) effect divided by the channel's spend, or "net": the total effect
 * less the Google spend the channel induced, divided by its spend.
 *
 * @param saved - the workbook's model with its effects
 * @param channel - a social channel or the mediator, named as in the model
 * @param path - "total", "direct", "indirect" or "net" (the mediator has only "total")
 * @returns revenue per unit of spend, or null when the channel had no spend
 * @throws {ModelNotFittedError} when the saved model carries no effects (or, for "net", effects saved before net ROAS)
 * @throws {InvalidParameterError} for an unknown channel, or a path the mediator does not have
 * @example
 * roasFromEffects(saved, "tiktok_spend", "indirect"); // => 0.62
 */
export function roasFromEffects(
  saved: SavedModel,
  channel: string,
  path: "total" | "direct" | "indirect" | "net"
): number | null {
  const effects = saved.effects;
  if (effects === null) {
    throw new ModelNotFittedError(
      "The model in this workbook was saved without its effects: use Fit model in the task pane again."
    );
  }
  const name = channel.trim();
  const social = effects.channels.find((effect) => effect.channel === name);
  if (social) {
    if (path !== "net") return social.spend === 0 ? null : social[path] / social.spend;
    if (typeof social.inducedMediatorSpend !== "number") {
      throw new ModelNotFittedError(
        "The model in this workbook was saved before net ROAS existed: use Fit model in the task pane again."
      );
    }
    return social.spend === 0 ? null : (social.total - social.inducedMediatorSpend) / social.spend;
  }
  if (effects.mediator && effects.mediator.channel === name) {
    if (path !== "total") {
      throw new InvalidParameterError(
        "path",
        `'${name}' is the mediator: it has only a total ROAS; use "total" or leave path out.`
      );
    }
    return effects.mediator.roas;
  }
  const names = [
    ...effects.channels.map((e) => e.channel),
    ...(effects.mediator ? [effects.mediator.channel] : []),
  ];
  throw new InvalidParameterError(
    "channel",
    `'${name}' is not a channel of the model; choose one of: ${names.join(", ")}.`
  );
}
