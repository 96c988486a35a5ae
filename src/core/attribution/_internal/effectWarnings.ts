import type { Effects } from "../../model/types";

/** Plain-words warnings about the effects: channels with spend whose effect is exactly zero. */
export function effectWarnings(effects: Effects): string[] {
  const warnings: string[] = [];
  for (const effect of effects.channels) {
    if (effect.spend > 0 && effect.total === 0) {
      warnings.push(
        `${effect.channel} shows no measurable effect on revenue in this data (its coefficients are zero).`
      );
    }
  }
  return warnings;
}
