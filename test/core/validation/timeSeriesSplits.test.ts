import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { InvalidParameterError } from "../../../src/core/errors";
import { SPLIT_SCHEMES } from "../../../src/core/validation/splitSchemes";
import {
  timeSeriesSplits,
  type TimeSeriesSplitsOptions,
  type TimeSplit,
} from "../../../src/core/validation/timeSeriesSplits";
import { readFixture } from "./_helpers/readFixture";

interface SklearnSplitCase {
  readonly periods: number;
  readonly nSplits: number;
  readonly gap: number;
  readonly testSize: number | null;
  readonly maxTrainSize: number | null;
  readonly folds: readonly TimeSplit[];
}

const fixture = readFixture<{ splits: readonly SklearnSplitCase[] }>("timeSeriesSplits.json");

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, index) => start + index);
}

describe("timeSeriesSplits", () => {
  it("matches the documented example", () => {
    expect(timeSeriesSplits(6, { folds: 2, gap: 1 })).toEqual([
      { train: [0], test: [2, 3] },
      { train: [0, 1, 2], test: [4, 5] },
    ]);
  });

  it("uses five expanding folds by default", () => {
    const splits = timeSeriesSplits(104);
    expect(splits).toHaveLength(5);
    // sklearn TimeSeriesSplit(n_splits=5) on 104 rows: test_size = 104 // 6 = 17, first fold trains on 19 rows.
    expect(splits[0]?.train).toEqual(range(0, 19));
    expect(splits[4]?.test).toEqual(range(87, 104));
  });

  describe.each(fixture.splits)(
    "sklearn TimeSeriesSplit(n_splits=$nSplits, gap=$gap, test_size=$testSize, max_train_size=$maxTrainSize) on $periods rows",
    (reference) => {
      it("gives the same train and test indices", () => {
        const options: TimeSeriesSplitsOptions = {
          folds: reference.nSplits,
          gap: reference.gap,
          ...(reference.testSize === null ? {} : { testSize: reference.testSize }),
          ...(reference.maxTrainSize === null
            ? { scheme: "expanding" as const }
            : { scheme: "rolling" as const, windowSize: reference.maxTrainSize }),
        };
        // Reference: test/fixtures/scripts/makeValidationFixtures.py (sklearn.model_selection.TimeSeriesSplit).
        expect(timeSeriesSplits(reference.periods, options)).toEqual(reference.folds);
      });
    }
  );

  it("gives every rolling fold the first fold's training size when no window is set", () => {
    const splits = timeSeriesSplits(30, { scheme: "rolling", folds: 4, gap: 2 });
    // testSize = floor(30 / 5) = 6; the first fold trains on 30 − 4·6 − 2 = 4 weeks, and so does every other fold.
    expect(splits.map((split) => split.train)).toEqual([
      range(0, 4),
      range(6, 10),
      range(12, 16),
      range(18, 22),
    ]);
  });

  it("sizes the expanding test blocks from minTrainSize when it is given", () => {
    const splits = timeSeriesSplits(104, { folds: 5, minTrainSize: 52, gap: 2 });
    // testSize = floor((104 − 2 − 52) / 5) = 10, so the first fold trains on exactly 52 weeks.
    expect(splits.map((split) => split.test.length)).toEqual([10, 10, 10, 10, 10]);
    expect(splits[0]?.train).toEqual(range(0, 52));
    expect(splits[0]?.test[0]).toBe(54);
  });

  it("cuts blocked folds into blocks as equal as possible, earlier blocks longer", () => {
    // 10 weeks into 4 blocks: sizes 3, 3, 2, 2 (first block is training only).
    expect(timeSeriesSplits(10, { scheme: "blocked", folds: 3 })).toEqual([
      { train: [0, 1, 2], test: [3, 4, 5] },
      { train: range(0, 6), test: [6, 7] },
      { train: range(0, 8), test: [8, 9] },
    ]);
  });

  it("makes blocked folds equal sklearn's TimeSeriesSplit when the weeks divide evenly into folds + 1 blocks", () => {
    // When periods divide evenly, the blocked layout is sklearn's: the fixture's TimeSeriesSplit(n_splits=9) on 10
    // rows directly, and 52 weeks in 4 blocks through the expanding scheme (itself checked against sklearn above).
    const evenCase = fixture.splits.find(
      (reference) => reference.periods === 10 && reference.nSplits === 9
    );
    expect(timeSeriesSplits(10, { scheme: "blocked", folds: 9 })).toEqual(evenCase?.folds);
    expect(timeSeriesSplits(52, { scheme: "blocked", folds: 3, gap: 1 })).toEqual(
      timeSeriesSplits(52, { scheme: "expanding", folds: 3, gap: 1 })
    );
  });

  it("starts the blocked test blocks after minTrainSize + gap weeks when minTrainSize is given", () => {
    const splits = timeSeriesSplits(20, { scheme: "blocked", folds: 3, minTrainSize: 6, gap: 1 });
    // First block 6 + 1 = 7 weeks; the other 13 weeks give test blocks of 5, 4 and 4.
    expect(splits.map((split) => split.test)).toEqual([range(7, 12), range(12, 16), range(16, 20)]);
    expect(splits[0]?.train).toEqual(range(0, 6));
    expect(splits[2]?.train).toEqual(range(0, 15));
  });

  it("never trains on a later week than it scores, respects the gap and documented sizes (property)", () => {
    const optionsArbitrary = fc.record(
      {
        scheme: fc.constantFrom(...SPLIT_SCHEMES),
        folds: fc.integer({ min: 1, max: 12 }),
        gap: fc.integer({ min: 0, max: 8 }),
        minTrainSize: fc.integer({ min: 1, max: 40 }),
        testSize: fc.integer({ min: 1, max: 25 }),
        windowSize: fc.integer({ min: 1, max: 80 }),
      },
      { requiredKeys: ["scheme", "folds", "gap"] }
    );
    let succeeded = 0;
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), optionsArbitrary, (periods, generated) => {
        const options: TimeSeriesSplitsOptions = {
          ...generated,
          ...(generated.scheme === "blocked" ? { testSize: undefined } : {}),
          ...(generated.scheme !== "rolling" ? { windowSize: undefined } : {}),
          ...(generated.windowSize !== undefined &&
          generated.windowSize < (generated.minTrainSize ?? 1)
            ? { windowSize: undefined }
            : {}),
        };
        let splits: readonly TimeSplit[];
        try {
          splits = timeSeriesSplits(periods, options);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidParameterError);
          return;
        }
        succeeded++;
        checkSplits(periods, options, splits);
      }),
      { numRuns: 3000, seed: 20261123 }
    );
    // Guards against a generator that only ever produces rejected options.
    expect(succeeded).toBeGreaterThan(1000);
  });

  it("accepts every expanding request that leaves each fold a test week and a training week", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        (folds, extra) => {
          expect(timeSeriesSplits(folds + 1 + extra, { folds })).toHaveLength(folds);
        }
      )
    );
  });
});

/** Throws (failing the property) with `message` unless `condition` holds; cheaper than expect() in a hot loop. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** True when `list` is exactly the whole numbers from `start` (inclusive) to `end` (exclusive). */
function isRange(list: readonly number[], start: number, end: number): boolean {
  return list.length === end - start && list.every((value, index) => value === start + index);
}

/** Checks every law and documented size of the splits; see the TSDoc of timeSeriesSplits. */
function checkSplits(
  periods: number,
  options: TimeSeriesSplitsOptions,
  splits: readonly TimeSplit[]
): void {
  const folds = options.folds ?? 5;
  const gap = options.gap ?? 0;
  const minTrainSize = options.minTrainSize ?? 1;
  check(splits.length === folds, `expected ${folds} folds, got ${splits.length}`);
  splits.forEach((split, fold) => {
    const firstTest = split.test[0] as number;
    const lastTrain = split.train[split.train.length - 1] as number;
    check(
      isRange(split.train, split.train[0] as number, lastTrain + 1),
      `fold ${fold}: train not contiguous`
    );
    check(
      isRange(split.test, firstTest, firstTest + split.test.length),
      `fold ${fold}: test not contiguous`
    );
    check(
      split.train.length >= minTrainSize,
      `fold ${fold}: fewer than minTrainSize training weeks`
    );
    check(split.test.length >= 1, `fold ${fold}: empty test`);
    // No future training week, train and test disjoint, gap respected exactly.
    check(
      Math.max(...split.train) < Math.min(...split.test),
      `fold ${fold}: trains on a week it scores or later`
    );
    check(
      firstTest - lastTrain - 1 === gap,
      `fold ${fold}: gap of ${firstTest - lastTrain - 1} instead of ${gap}`
    );
    // Test blocks follow each other without overlap and the last one ends at the last week.
    const next = splits[fold + 1];
    if (next)
      check(
        next.test[0] === firstTest + split.test.length,
        `folds ${fold} and ${fold + 1}: tests overlap or skip`
      );
    else
      check(
        firstTest + split.test.length === periods,
        "the last test block does not end at the last week"
      );
  });
  const starts = splits.map((split) => split.test[0] as number);
  const testSizes = splits.map((split) => split.test.length);
  const trainEnds = starts.map((start) => start - gap);
  if (options.scheme === "blocked") {
    const firstBlock =
      options.minTrainSize !== undefined
        ? options.minTrainSize + gap
        : Math.floor(periods / (folds + 1)) + (periods % (folds + 1) > 0 ? 1 : 0);
    check(
      starts[0] === firstBlock,
      `first block of ${String(starts[0])} weeks instead of ${firstBlock}`
    );
    check(
      Math.max(...testSizes) - Math.min(...testSizes) <= 1,
      "blocked test sizes differ by more than one week"
    );
    testSizes.forEach((size, fold) =>
      check(
        size <= (testSizes[Math.max(fold - 1, 0)] as number),
        "a later blocked test block is longer"
      )
    );
    splits.forEach((split, fold) =>
      check(
        isRange(split.train, 0, trainEnds[fold] as number),
        `fold ${fold}: blocked train is not all earlier blocks`
      )
    );
    return;
  }
  const testSize =
    options.testSize ??
    (options.minTrainSize !== undefined
      ? Math.floor((periods - gap - options.minTrainSize) / folds)
      : Math.floor(periods / (folds + 1)));
  check(
    testSizes.every((size) => size === testSize),
    `test sizes ${testSizes.join(",")} instead of ${testSize}`
  );
  const windowSize =
    options.scheme === "rolling" ? (options.windowSize ?? (trainEnds[0] as number)) : Infinity;
  splits.forEach((split, fold) => {
    const trainEnd = periods - (folds - fold) * testSize - gap;
    check(
      isRange(split.train, Math.max(0, trainEnd - windowSize), trainEnd),
      `fold ${fold}: train window`
    );
  });
}

describe("timeSeriesSplits rejects", () => {
  function errorOf(call: () => unknown): InvalidParameterError {
    try {
      call();
    } catch (error) {
      if (error instanceof InvalidParameterError) return error;
      throw error;
    }
    throw new Error("expected an InvalidParameterError");
  }

  it("too few weeks for the folds, and says how many folds would fit", () => {
    const error = errorOf(() => timeSeriesSplits(6, { folds: 6 }));
    expect(error.parameter).toBe("folds");
    expect(error.message).toContain("at most 5 folds");
  });

  it("a gap that leaves the first fold nothing to train on", () => {
    const error = errorOf(() => timeSeriesSplits(12, { folds: 3, gap: 3 }));
    // testSize = 3, so 12 − 9 − 3 = 0 training weeks; 2 folds leave 12 − 6 − 3 = 3.
    expect(error.message).toContain("leave 0 training weeks");
    expect(error.message).toContain("at most 2 folds");
  });

  it("a request no number of folds can satisfy, saying what else to change", () => {
    const error = errorOf(() => timeSeriesSplits(10, { folds: 2, gap: 9 }));
    expect(error.message).toContain("Even one fold does not fit");
  });

  it("a blocked request whose first block is eaten by the gap", () => {
    const error = errorOf(() => timeSeriesSplits(10, { scheme: "blocked", folds: 4, gap: 2 }));
    expect(error.message).toContain("the first fold would train on 0 weeks");
  });

  it("a blocked request whose first block leaves too few weeks for the test blocks", () => {
    const error = errorOf(() =>
      timeSeriesSplits(10, { scheme: "blocked", folds: 4, minTrainSize: 7 })
    );
    expect(error.message).toContain("too few for 4 test blocks");
  });

  it("an unknown scheme, listing the valid ones", () => {
    // @ts-expect-error deliberately ill-typed
    const error = errorOf(() => timeSeriesSplits(20, { scheme: "random" }));
    expect(error.parameter).toBe("scheme");
    expect(error.message).toContain('"expanding", "rolling", "blocked"');
  });

  it.each([
    ["periods", () => timeSeriesSplits(1)],
    ["periods", () => timeSeriesSplits(10.5)],
    ["folds", () => timeSeriesSplits(20, { folds: 0 })],
    ["folds", () => timeSeriesSplits(20, { folds: 2.5 })],
    ["gap", () => timeSeriesSplits(20, { gap: -1 })],
    ["minTrainSize", () => timeSeriesSplits(20, { minTrainSize: 0 })],
    ["testSize", () => timeSeriesSplits(20, { testSize: 0 })],
    ["testSize", () => timeSeriesSplits(20, { scheme: "blocked", testSize: 3 })],
    ["windowSize", () => timeSeriesSplits(20, { windowSize: 5 })],
    [
      "windowSize",
      () => timeSeriesSplits(20, { scheme: "rolling", windowSize: 3, minTrainSize: 4 }),
    ],
    ["windowSize", () => timeSeriesSplits(20, { scheme: "rolling", windowSize: Number.NaN })],
  ])("a bad %s", (parameter, call) => {
    expect(errorOf(call).parameter).toBe(parameter);
  });
});
