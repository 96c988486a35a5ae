import { InvalidParameterError } from "../../errors";
import type { Dataset, Series } from "../../types";
import { holdoutSplit } from "../../validation/holdoutSplit";
import { timeSeriesSplits, type TimeSplit } from "../../validation/timeSeriesSplits";
import {
  CV_FIRST_BLOCK_SHARE,
  CV_MIN_TEST_WEEKS,
  DEFAULT_CV_FOLDS,
  MAX_AUTOMATIC_CV_FOLDS,
  ON_OFF_MIN_ZERO_SHARE,
} from "../constants";
import type { ResolvedFitOptions } from "../types";

/** Training and holdout weeks of a fit (indices in time order). */
export interface TrainHoldout {
  readonly train: readonly number[];
  readonly holdout: readonly number[];
}

/** The last `share` of weeks held out (none when share is 0). */
export function trainHoldout(weeks: number, share: number): TrainHoldout {
  return share > 0
    ? holdoutSplit(weeks, { share })
    : { train: Array.from({ length: weeks }, (_, index) => index), holdout: [] };
}

/** Weeks of CV's first, training-only block. */
function firstBlockWeeks(trainWeeks: number): number {
  return Math.max(1, Math.ceil(CV_FIRST_BLOCK_SHARE * trainWeeks));
}

/**
 * The automatic number of CV folds: as many test blocks of at least `CV_MIN_TEST_WEEKS` as the weeks after the first
 * block hold, at least `DEFAULT_CV_FOLDS` and at most `MAX_AUTOMATIC_CV_FOLDS`.
 *
 * @param trainWeeks - training weeks (before the holdout)
 * @returns the fold count to ask for (`cvFolds` lowers it further when the data are too short)
 * @example
 * automaticFoldCount(83); // => 4
 * automaticFoldCount(208); // => 8
 * automaticFoldCount(416); // => 8 (blocks of 26 weeks)
 */
export function automaticFoldCount(trainWeeks: number): number {
  const testWeeks = trainWeeks - firstBlockWeeks(trainWeeks);
  const quarters = Math.floor(testWeeks / CV_MIN_TEST_WEEKS);
  return Math.min(Math.max(DEFAULT_CV_FOLDS, quarters), MAX_AUTOMATIC_CV_FOLDS);
}

/**
 * Blocked CV folds within the training weeks, fewer when the data are too short for `folds`.
 *
 * @param trainWeeks - training weeks (before the holdout)
 * @param folds - folds asked for; null for `automaticFoldCount`
 * @returns the folds in time order
 * @example
 * cvFolds(83, null).length; // => 4
 */
export function cvFolds(trainWeeks: number, folds: number | null): readonly TimeSplit[] {
  const minTrainSize = firstBlockWeeks(trainWeeks);
  for (let count = folds ?? automaticFoldCount(trainWeeks); count >= 1; count--) {
    try {
      return timeSeriesSplits(trainWeeks, { scheme: "blocked", folds: count, minTrainSize });
    } catch (error) {
      if (!(error instanceof InvalidParameterError) || count === 1) throw error;
    }
  }
  return [];
}

/** Channels (social and mediator) at zero often enough to be offered an on/off indicator. */
export function onOffCandidatesOf(
  dataset: Dataset,
  columns: Readonly<Record<string, Series>>,
  options: ResolvedFitOptions
): ReadonlySet<string> {
  if (options.onOff !== "auto") return new Set();
  const { roles } = dataset;
  const minZeros = ON_OFF_MIN_ZERO_SHARE * dataset.weeks.length;
  return new Set(
    [...roles.social, ...(roles.mediator ? [roles.mediator] : [])].filter(
      (name) => (columns[name] as Series).filter((value) => value === 0).length >= minZeros
    )
  );
}

/**
 * CV folds of a bootstrap resample that still respect time: each fold keeps its original weeks, each repeated as
 * often as the resample drew it (weeks not drawn drop out), so no week from the future trains a model scored on
 * the past, and the weeks weigh as in the resample.
 *
 * @param folds - the fit's folds
 * @param rows - the resample's week indices (repeats allowed)
 * @returns folds with repeated weeks
 * @example
 * weightedFolds([{ train: [0, 1], test: [2] }], [0, 0, 2]); // => [{ train: [0, 0], test: [2] }]
 */
export function weightedFolds(
  folds: readonly TimeSplit[],
  rows: ArrayLike<number>
): readonly TimeSplit[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    counts.set(row, (counts.get(row) ?? 0) + 1);
  }
  const repeat = (weeks: readonly number[]) =>
    weeks.flatMap((week) => Array.from({ length: counts.get(week) ?? 0 }, () => week));
  return folds.map((fold) => ({ train: repeat(fold.train), test: repeat(fold.test) }));
}
