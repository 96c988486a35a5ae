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
  const channels = point.channels.map((effect) => {
    // One field of this channel's effect in every replicate (null where a replicate lacks the channel).
    const across = (field: IntervalField) => pick(effect.channel, (e) => e[field]);
    return {
      channel: effect.channel,
      total: requiredInterval(across("total"), level),
      direct: requiredInterval(across("direct"), level),
      indirect: requiredInterval(across("indirect"), level),
      roas: intervalOf(across("roas"), level),
      shareMediated: intervalOf(across("shareMediated"), level),
      inducedMediatorSpend: requiredInterval(across("inducedMediatorSpend"), level),
      netRoas: intervalOf(across("netRoas"), level),
    };
  });
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

/** The per-channel effect fields that get an interval. */
type IntervalField =
  "total" | "direct" | "indirect" | "roas" | "shareMediated" | "inducedMediatorSpend" | "netRoas";
