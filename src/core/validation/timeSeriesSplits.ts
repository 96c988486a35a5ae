import { InvalidParameterError } from "../errors";
import {
  DEFAULT_FOLDS,
  DEFAULT_GAP,
  DEFAULT_MIN_TRAIN_SIZE,
  DEFAULT_SPLIT_SCHEME,
} from "./constants";
import { planTestBlocks, type TestBlockRequest } from "./_internal/planTestBlocks";
import { requireWholeNumber } from "./_internal/requireWholeNumber";
import { SPLIT_SCHEMES, type SplitScheme } from "./splitSchemes";

/** One fold of a time-series cross-validation: 0-based week indices, each list increasing and contiguous. */
export interface TimeSplit {
  /** Weeks the model is fitted on. */
  readonly train: readonly number[];
  /** Weeks the fitted model is scored on; all of them come after every training week. */
  readonly test: readonly number[];
}

/** Options of `timeSeriesSplits`. */
export interface TimeSeriesSplitsOptions {
  /** How training weeks are chosen. @defaultValue `"expanding"` */
  readonly scheme?: SplitScheme | undefined;
  /** Number of folds (test blocks). @defaultValue 5 (`DEFAULT_FOLDS`) */
  readonly folds?: number | undefined;
  /** Weeks dropped between the last training week and the first test week of each fold. @defaultValue 0 */
  readonly gap?: number | undefined;
  /**
   * Fewest training weeks any fold may have. When given (and `testSize` is not), it also sets the test size of the
   * expanding and rolling schemes, `floor((periods − gap − minTrainSize) / folds)`, and the first block of the
   * blocked scheme, `minTrainSize + gap` weeks. @defaultValue 1
   */
  readonly minTrainSize?: number | undefined;
  /**
   * Weeks in each test block (expanding and rolling only). @defaultValue `floor(periods / (folds + 1))`, as
   * scikit-learn's `TimeSeriesSplit`, unless `minTrainSize` is given (see there)
   */
  readonly testSize?: number | undefined;
  /**
   * Training weeks of the rolling scheme (scikit-learn's `max_train_size`); early folds train on fewer when the
   * series does not yet have that many. @defaultValue the first fold's training size, so every fold trains on the
   * same number of weeks
   */
  readonly windowSize?: number | undefined;
}

/**
 * Time-ordered cross-validation folds that never train on a week later than any week they score.
 *
 * Each fold scores one contiguous test block and trains on weeks before it, leaving `gap` weeks out in between.
 * Test blocks follow each other without overlap and end at the last week.
 * - `expanding` (scikit-learn `TimeSeriesSplit(n_splits=folds, gap, test_size)`): `folds` test blocks of
 *   `testSize` weeks; fold k (0-based) trains on weeks `[0, periods − (folds − k)·testSize − gap)`.
 * - `rolling` (the same with `max_train_size=windowSize`): as expanding but only the latest `windowSize` of those
 *   weeks, i.e. `min(windowSize, periods − (folds − k)·testSize − gap)` weeks.
 * - `blocked`: a first, training-only block, then every remaining week is cut into `folds` contiguous test blocks
 *   whose sizes differ by at most one week (earlier blocks are the longer ones); fold k trains on all blocks before
 *   its test block, less the gap. The first block is as long as an equal share `periods / (folds + 1)` rounded up,
 *   or `minTrainSize + gap` when `minTrainSize` is given.
 *
 * O(periods · folds) time and memory.
 *
 * @param periods - number of weeks in the series, at least 2
 * @param options - scheme, folds, gap, minTrainSize, testSize, windowSize (see `TimeSeriesSplitsOptions`)
 * @returns `[folds]` splits, oldest test block first
 * @throws {InvalidParameterError} when a count is not a whole number in range, an option does not apply to the
 *   scheme, or the weeks are too few for the folds (the message says how many folds would fit)
 * @example
 * timeSeriesSplits(6, { folds: 2, gap: 1 });
 * // => [{ train: [0], test: [2, 3] }, { train: [0, 1, 2], test: [4, 5] }]
 * @see https://scikit-learn.org/stable/modules/generated/sklearn.model_selection.TimeSeriesSplit.html
 * @see Hyndman & Athanasopoulos, Forecasting: Principles and Practice, §5.10 "Time series cross-validation".
 */
export function timeSeriesSplits(
  periods: number,
  options: TimeSeriesSplitsOptions = {}
): readonly TimeSplit[] {
  const scheme = options.scheme ?? DEFAULT_SPLIT_SCHEME;
  if (!SPLIT_SCHEMES.includes(scheme as SplitScheme)) {
    throw new InvalidParameterError(
      "scheme",
      `scheme must be one of ${SPLIT_SCHEMES.map((name) => `"${name}"`).join(", ")} (got "${String(scheme)}").`
    );
  }
  requireWholeNumber("periods", periods, 2, "weeks");
  const folds = options.folds ?? DEFAULT_FOLDS;
  const gap = options.gap ?? DEFAULT_GAP;
  const minTrainSize = options.minTrainSize ?? DEFAULT_MIN_TRAIN_SIZE;
  requireWholeNumber("folds", folds, 1, "folds");
  requireWholeNumber("gap", gap, 0, "weeks");
  requireWholeNumber("minTrainSize", minTrainSize, 1, "weeks");
  if (options.testSize !== undefined) {
    if (scheme === "blocked") {
      throw new InvalidParameterError(
        "testSize",
        "testSize does not apply to the blocked scheme, whose test blocks share out all remaining weeks; " +
          'leave testSize out or use the "expanding" or "rolling" scheme.'
      );
    }
    requireWholeNumber("testSize", options.testSize, 1, "weeks");
  }
  if (options.windowSize !== undefined) {
    if (scheme !== "rolling") {
      throw new InvalidParameterError(
        "windowSize",
        `windowSize only applies to the rolling scheme; leave it out or set scheme to "rolling" (got "${scheme}").`
      );
    }
    requireWholeNumber("windowSize", options.windowSize, 1, "weeks");
    if (options.windowSize < minTrainSize) {
      throw new InvalidParameterError(
        "windowSize",
        `windowSize (${options.windowSize} weeks) is below minTrainSize (${minTrainSize} weeks), and a rolling fold ` +
          "trains on at most windowSize weeks; raise windowSize or lower minTrainSize."
      );
    }
  }
  const request: TestBlockRequest = {
    periods,
    scheme,
    folds,
    gap,
    minTrainSize,
    explicitMinTrainSize: options.minTrainSize,
    testSize: options.testSize,
  };
  const outcome = planTestBlocks(request);
  if (!outcome.ok) {
    throw new InvalidParameterError(
      "folds",
      `${periods} weeks cannot be split: ${outcome.reason}. ${advice(request)}`
    );
  }
  const { starts, sizes } = outcome.plan;
  const firstTrainEnd = (starts[0] as number) - gap;
  const windowSize = options.windowSize ?? firstTrainEnd;
  return starts.map((start, fold) => {
    const trainEnd = start - gap;
    const trainStart = scheme === "rolling" ? Math.max(0, trainEnd - windowSize) : 0;
    return {
      train: range(trainStart, trainEnd),
      test: range(start, start + (sizes[fold] as number)),
    };
  });
}

/** Suggests the largest number of folds that would fit with the other options unchanged, or what else to change. */
function advice(request: TestBlockRequest): string {
  for (let folds = request.folds - 1; folds >= 1; folds--) {
    if (planTestBlocks({ ...request, folds }).ok) {
      return `Use at most ${folds} fold${folds === 1 ? "" : "s"}, a smaller gap, testSize or minTrainSize, or more weeks.`;
    }
  }
  return "Even one fold does not fit: use a smaller gap, testSize or minTrainSize, or more weeks.";
}

/** The whole numbers from `start` (inclusive) to `end` (exclusive). */
function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let index = start; index < end; index++) out.push(index);
  return out;
}
