import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { holdoutSplit } from "../../../src/core/validation/holdoutSplit";
import { readFixture } from "./_helpers/readFixture";

interface SklearnHoldoutCase {
  readonly periods: number;
  readonly share: number;
  readonly train: readonly number[];
  readonly holdout: readonly number[];
}

const fixture = readFixture<{ holdout: readonly SklearnHoldoutCase[] }>("timeSeriesSplits.json");

describe("holdoutSplit", () => {
  it("keeps the last 20% of weeks back by default, rounding up", () => {
    const split = holdoutSplit(104);
    // ceil(0.2 × 104) = ceil(20.8) = 21 weeks.
    expect(split.holdout).toHaveLength(21);
    expect(split.holdout[0]).toBe(83);
    expect(split.holdout[20]).toBe(103);
    expect(split.train).toHaveLength(83);
  });

  it.each(fixture.holdout)(
    "matches sklearn train_test_split(test_size=$share, shuffle=False) on $periods rows",
    (reference) => {
      // Reference: test/fixtures/scripts/makeValidationFixtures.py.
      expect(holdoutSplit(reference.periods, { share: reference.share })).toEqual({
        train: reference.train,
        holdout: reference.holdout,
      });
    }
  );

  it("does not round a share a hair above a whole number of weeks up to the next week", () => {
    // 0.7 × 10 is 7.000000000000001 in floating point; sklearn would keep 8 weeks back.
    expect(holdoutSplit(10, { share: 0.7 }).holdout).toHaveLength(7);
  });

  it("keeps at least one week back however small the share", () => {
    expect(holdoutSplit(10, { share: 1e-12 }).holdout).toEqual([9]);
  });

  it.each([0, 1, -0.1, 1.5, Number.NaN])("rejects a share of %p", (share) => {
    expect(() => holdoutSplit(10, { share })).toThrow(InvalidParameterError);
  });

  it("rejects a share that would leave no training week", () => {
    expect(() => holdoutSplit(3, { share: 0.9 })).toThrow(/leaves none to train on/);
  });

  it("rejects fewer than two weeks", () => {
    expect(() => holdoutSplit(1)).toThrow(InvalidParameterError);
  });
});
