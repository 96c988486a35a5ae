import type { ColumnName, Dataset } from "../types";
import { DEFAULT_HOLDOUT_SHARE } from "./constants";
import { trainHoldout } from "./_internal/searchSetup";

/** Options of `unspentTrainingChannels`. */
export interface UnspentTrainingChannelsOptions {
  /** The fit's holdout share (same split as `fitMmm`). @defaultValue 0.2 (`DEFAULT_HOLDOUT_SHARE`) */
  readonly holdoutShare?: number | undefined;
}

/** Media channels with no spend while the model learns, but spend in the holdout, and the warning to show. */
export interface UnspentTrainingChannels {
  /** Social channels and the mediator's spend with 0 in every training week and above 0 in some holdout week. */
  readonly channels: readonly ColumnName[];
  /** One plain-words warning naming each channel and its weeks, or null when there is none. */
  readonly warning: string | null;
}

function weekRange(weeks: readonly string[]): string {
  const first = weeks[0] ?? "";
  const last = weeks[weeks.length - 1] ?? "";
  return weeks.length === 1 ? first : `${first} to ${last}`;
}

/**
 * Finds media channels that are zero in every training week but spent in the holdout. The fit sees no variation
 * in such a channel, so its coefficient is not learnt from its own spend (the penalty and the neutral shapes
 * decide it), yet the final refit on all weeks and the budget plan then report a ROAS and a budget for it as if
 * it were an estimate. Callers should show the warning and leave these channels out of budget recommendations.
 *
 * @param dataset - the validated weekly data (`[periods]` per column)
 * @param options - `holdoutShare` of the fit, so the split is the one `fitMmm` uses
 * @returns the channels (in role order: social, then the mediator) and one warning naming their weeks
 * @throws {InvalidParameterError} when `holdoutShare` is outside [0, 1) or leaves no training week
 * @example
 * unspentTrainingChannels(dataset, { holdoutShare: 0.2 });
 * // => { channels: ["tiktok_spend"], warning: "tiktok_spend has no spend in any of the 84 training weeks …" }
 */
export function unspentTrainingChannels(
  dataset: Dataset,
  options: UnspentTrainingChannelsOptions = {}
): UnspentTrainingChannels {
  const periods = dataset.weeks.length;
  const split = trainHoldout(periods, options.holdoutShare ?? DEFAULT_HOLDOUT_SHARE);
  const media = [
    ...dataset.roles.social,
    ...(dataset.roles.mediator === null ? [] : [dataset.roles.mediator]),
  ];
  const channels: ColumnName[] = [];
  const parts: string[] = [];
  for (const channel of media) {
    const values = dataset.columns[channel];
    if (values === undefined || split.holdout.length === 0) continue;
    if (split.train.some((week) => values[week] !== 0)) continue;
    const spentWeeks = split.holdout
      .filter((week) => (values[week] ?? 0) > 0)
      .map((week) => dataset.weeks[week] ?? "");
    if (spentWeeks.length === 0) continue;
    channels.push(channel);
    parts.push(
      `${channel} has no spend in any of the ${split.train.length} training weeks ` +
        `(${weekRange(split.train.map((week) => dataset.weeks[week] ?? ""))}) but spend in ` +
        `${spentWeeks.length} of the ${split.holdout.length} holdout weeks (${weekRange(spentWeeks)})`
    );
  }
  if (channels.length === 0) return { channels, warning: null };
  return {
    channels,
    warning:
      `${parts.join("; ")}. The model could not learn ${channels.length === 1 ? "its" : "their"} effect from ` +
      `the training weeks, so ${channels.length === 1 ? "its" : "their"} ROAS and budget recommendation are ` +
      `not estimates: leave ${channels.length === 1 ? "it" : "them"} out of budget decisions, or set a smaller ` +
      `holdoutShare so some weeks with spend are in training.`,
  };
}
