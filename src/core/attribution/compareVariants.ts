import { DEFAULT_VARIANT_DISAGREEMENT } from "../model/constants";
import type { Effects } from "../model/types";

/** An interval of a channel's total effect under each variant (from a bootstrap). */
export interface VariantIntervals {
  readonly observed: { readonly lower: number; readonly upper: number };
  readonly predicted: { readonly lower: number; readonly upper: number };
}

/** Options of `compareVariants`. */
export interface CompareVariantsOptions {
  /** Relative gap of point estimates above which they disagree, used when a channel has no intervals. @defaultValue 0.5 */
  readonly threshold?: number;
  /** Intervals per channel: when given, the variants disagree when the intervals do not overlap. */
  readonly intervals?: Readonly<Record<string, VariantIntervals>>;
}

/**
 * Warns, in plain words, for each channel whose total effect differs between the observed and predicted
 * mediator variants: beyond their intervals when given, else by a relative gap |a − b| / max(|a|, |b|) above
 * the threshold.
 *
 * @param observed - effects with the observed mediator
 * @param predicted - effects with the cross-fitted mediator
 * @param options - threshold, intervals
 * @returns one warning per disagreeing channel (empty when they agree)
 * @example
 * compareVariants(observedEffects, predictedEffects); // => ["tiktok_spend: the two ways of …"]
 * @see Imai, Keele & Tingley (2010) on sequential ignorability; Angrist & Pischke (2009) ch. 4 on IV.
 */
export function compareVariants(
  observed: Effects,
  predicted: Effects,
  options: CompareVariantsOptions = {}
): string[] {
  const threshold = options.threshold ?? DEFAULT_VARIANT_DISAGREEMENT;
  const warnings: string[] = [];
  const mediator = observed.mediator?.channel ?? "the mediator";
  for (const effect of observed.channels) {
    const other = predicted.channels.find((entry) => entry.channel === effect.channel);
    if (!other) continue;
    const intervals = options.intervals?.[effect.channel];
    const disagree = intervals
      ? intervals.observed.upper < intervals.predicted.lower ||
        intervals.predicted.upper < intervals.observed.lower
      : Math.abs(effect.total - other.total) >
        threshold * Math.max(Math.abs(effect.total), Math.abs(other.total));
    if (disagree) {
      warnings.push(
        `${effect.channel}: its total effect on revenue is ${format(effect.total)} with the observed ${mediator} but ` +
          `${format(other.total)} with ${mediator} as predicted from social spend. Such a gap usually means ` +
          `${mediator} follows demand (search budgets rise when people already want to buy) or social spend also works ` +
          "directly, not only through the mediator; read the channel's effect with care."
      );
    }
  }
  return warnings;
}

function format(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}
