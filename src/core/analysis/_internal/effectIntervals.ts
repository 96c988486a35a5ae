import type { Effects } from "../../model/types";
import type { VariantIntervals } from "../types";
import { intervalOf, requiredInterval } from "./intervalOf";

/**
 * Intervals of every effect of one variant from the replicates' effects (matched by channel name, so a replicate
 * is read the same way whatever its order).
 *
 * @param point - the point estimates (give the channel list and the variant)
 * @param replicates - one Effects per successful replicate
 * @param level - interval coverage
 */
export function effectIntervals(
  point: Effects,
  replicates: readonly Effects[],
  level: number
): VariantIntervals {
  const pick = <T>(channel: string, read: (effect: Effects["channels"][number]) => T) =>
    replicates.map((effects) => {
      const effect = effects.channels.find((entry) => entry.channel === channel);
      return effect ? read(effect) : null;
    });
  const channels = point.channels.map((effect) => ({
    channel: effect.channel,
    total: requiredInterval(
      pick(effect.channel, (e) => e.total),
      level
    ),
    direct: requiredInterval(
      pick(effect.channel, (e) => e.direct),
      level
    ),
    indirect: requiredInterval(
      pick(effect.channel, (e) => e.indirect),
      level
    ),
    roas: intervalOf(
      pick(effect.channel, (e) => e.roas),
      level
    ),
    shareMediated: intervalOf(
      pick(effect.channel, (e) => e.shareMediated),
      level
    ),
    inducedMediatorSpend: requiredInterval(
      pick(effect.channel, (e) => e.inducedMediatorSpend),
      level
    ),
    netRoas: intervalOf(
      pick(effect.channel, (e) => e.netRoas),
      level
    ),
  }));
  const mediator = point.mediator
    ? {
        channel: point.mediator.channel,
        total: requiredInterval(
          replicates.map((effects) => effects.mediator?.total ?? null),
          level
        ),
        roas: intervalOf(
          replicates.map((effects) => effects.mediator?.roas ?? null),
          level
        ),
      }
    : null;
  return { variant: point.variant, channels, mediator };
}
