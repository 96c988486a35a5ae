import { CancelledError, InvalidParameterError } from "../errors";
import { fitMmm } from "../attribution/fitMmm";
import { fitWithFixedHyperparameters } from "../attribution/fitWithFixedHyperparameters";
import type { ChannelEffect, FitHooks, MmmResult } from "../model/types";
import { createRandom } from "../random/createRandom";
import type { Dataset, Series } from "../types";
import { CI90_LEVEL } from "../uncertainty/constants";
import { defaultBlockLength } from "../uncertainty/defaultBlockLength";
import { movingBlockIndices } from "../uncertainty/movingBlockIndices";
import { replicateRandom } from "../uncertainty/replicateRandom";
import {
  DEFAULT_PLACEBO_REPLICATES,
  DEFAULT_PLACEBO_SEED,
  PLACEBO_REVIEW_ROAS_SHARE,
} from "./constants";
import { fitOptionsOf } from "./_internal/fitOptionsOf";
import { intervalOf, requiredInterval } from "./_internal/intervalOf";
import type { PlaceboOptions, PlaceboResult } from "./types";

const METHOD =
  "A real social channel's spend (chosen with the seed) is copied, shifted circularly by half the data so it keeps " +
  "its level, bursts and on/off pattern but none of its timing, and added as a fake social channel; the model is " +
  "refitted with its full hyperparameter search (the fit's model form held), and the fake channel's total effect " +
  "(direct and through Google) is read as for any channel. The interval is a moving-block bootstrap of that refit " +
  "with its tuned shapes held fixed.";

/** Circular shift: week t of the copy is week (t − shift) mod n of the source. */
function shifted(values: Series, shift: number): Float64Array {
  const n = values.length;
  return Float64Array.from({ length: n }, (_, t) => values[(t - shift + n) % n] as number);
}

function uniqueName(base: string, taken: readonly string[]): string {
  let name = base;
  for (let k = 2; taken.includes(name); k++) name = `${base}_${k}`;
  return name;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Placebo check: how much revenue the model credits to a channel that cannot have caused any.
 *
 * A seeded choice of real social channel has its spend copied and shifted circularly by ⌊weeks / 2⌋ (a placebo in
 * time: the same amounts, bursts and zero weeks, at the wrong weeks), added to the data as a fake social channel,
 * and the model refitted with the fit's own hyperparameter search (form held as the fit chose it). The placebo's
 * total effect and ROAS come from the same counterfactual simulation as every channel, with a moving-block
 * bootstrap interval of the refit (its tuned shapes held fixed, `replicates` refits). Status "review" when the
 * interval excludes 0 and |placebo ROAS| is at least `reviewRoasShare` of the real channels' median |ROAS|.
 * Cost: one full search (about one fit) plus `replicates` cheap refits.
 *
 * @param dataset - the data the fit was made on (at least one social channel)
 * @param result - the fit (`fitMmm`); its options and form are reused
 * @param options - seed, replicates (50), level (0.9), reviewRoasShare (0.25)
 * @param hooks - cancel signal, checked by the search and between replicates
 * @returns the placebo's effect, ROAS, their intervals and a pass/review check
 * @throws {InvalidParameterError} when there is no social channel, replicates < 2 or level is outside (0, 1)
 * @throws {CancelledError} when `hooks.signal.aborted` becomes true
 * @example
 * const placebo = await placeboCheck(dataset, result, { seed: 1 });
 * placebo.check.status; // => "pass"
 * @see Abadie, Diamond & Hainmueller (2015), Comparative Politics and the Synthetic Control Method (placebo tests).
 */
export async function placeboCheck(
  dataset: Dataset,
  result: MmmResult,
  options: PlaceboOptions = {},
  hooks: Pick<FitHooks, "signal"> = {}
): Promise<PlaceboResult> {
  const seed = options.seed ?? DEFAULT_PLACEBO_SEED;
  const replicates = options.replicates ?? DEFAULT_PLACEBO_REPLICATES;
  const level = options.level ?? CI90_LEVEL;
  const reviewShare = options.reviewRoasShare ?? PLACEBO_REVIEW_ROAS_SHARE;
  const social = dataset.roles.social;
  if (social.length === 0) {
    throw new InvalidParameterError(
      "dataset",
      "The placebo check needs at least one social channel."
    );
  }
  if (!(Number.isInteger(replicates) && replicates >= 2)) {
    throw new InvalidParameterError(
      "replicates",
      `The placebo check needs a whole number of at least 2 replicates (got ${replicates}).`
    );
  }
  if (!(level > 0 && level < 1)) {
    throw new InvalidParameterError(
      "level",
      `The interval level must be between 0 and 1, e.g. 0.9 for 90% (got ${level}).`
    );
  }
  const n = dataset.weeks.length;
  const sourceChannel = social[Math.floor(createRandom(seed)() * social.length)] as string;
  const shiftWeeks = Math.floor(n / 2);
  const placeboChannel = uniqueName(`placebo_${sourceChannel}`, Object.keys(dataset.columns));
  const placeboData: Dataset = {
    ...dataset,
    roles: { ...dataset.roles, social: [...social, placeboChannel] },
    columns: {
      ...dataset.columns,
      [placeboChannel]: shifted(dataset.columns[sourceChannel] as Series, shiftWeeks),
    },
    headers: [...dataset.headers, placeboChannel],
  };
  const fitOptions = { ...fitOptionsOf(result.options), form: result.form };
  const refit = await fitMmm(placeboData, fitOptions, hooks.signal ? { signal: hooks.signal } : {});
  const placeboOf = (channels: readonly ChannelEffect[]) =>
    channels.find((effect) => effect.channel === placeboChannel);
  const point = placeboOf(refit.effects.channels) as ChannelEffect;
  const blockLength = defaultBlockLength(n);
  const totals: (number | null)[] = [];
  const roases: (number | null)[] = [];
  let failed = 0;
  for (let index = 0; index < replicates; index++) {
    if (hooks.signal?.aborted) throw new CancelledError();
    const rows = movingBlockIndices(n, blockLength, replicateRandom(seed, index));
    try {
      const fit = fitWithFixedHyperparameters(placeboData, refit.hyperparameters, fitOptions, rows);
      const effect = placeboOf(fit.effects.channels);
      totals.push(effect?.total ?? null);
      roases.push(effect?.roas ?? null);
    } catch {
      failed++;
    }
  }
  const totalInterval = requiredInterval(totals, level);
  const roasInterval = intervalOf(roases, level);
  const realMedianRoas = median(
    refit.effects.channels
      .filter((effect) => effect.channel !== placeboChannel && effect.roas !== null)
      .map((effect) => Math.abs(effect.roas as number))
  );
  const excludesZero = totalInterval.lower > 0 || totalInterval.upper < 0;
  const large =
    point.roas !== null &&
    realMedianRoas !== null &&
    Math.abs(point.roas) >= reviewShare * realMedianRoas;
  const status = excludesZero && large ? "review" : "pass";
  const roasText = point.roas === null ? "no ROAS" : `a ROAS of ${point.roas.toFixed(2)}`;
  const pct = Math.round(level * 100);
  const message =
    status === "review"
      ? `A fake channel (${sourceChannel}'s spend shifted by ${shiftWeeks} weeks) was credited with ${roasText}, ` +
        `its ${pct}% interval away from zero and at least ${Math.round(reviewShare * 100)}% of the real channels' ` +
        "typical ROAS: the model credits timing alone, so the real channels' effects may be inflated the same way. " +
        "Check that seasonality, trend and the controls capture what moves revenue."
      : `A fake channel (${sourceChannel}'s spend shifted by ${shiftWeeks} weeks) was credited with ${roasText}; ` +
        `its ${pct}% interval includes zero or the credit is small next to the real channels', as it should be.`;
  return {
    sourceChannel,
    placeboChannel,
    shiftWeeks,
    total: point.total,
    roas: point.roas,
    totalInterval,
    roasInterval,
    realMedianRoas,
    level,
    replicates,
    failed,
    check: {
      id: "placebo",
      label: "Placebo channel (shifted spend)",
      status,
      ...(point.roas === null ? {} : { statistic: point.roas }),
      message,
    },
    method: METHOD,
  };
}
