import { describe, expect, it } from "@jest/globals";
import {
  automaticFoldCount,
  cvFolds,
  trainHoldout,
  weightedFolds,
} from "../../../../src/core/model/_internal/searchSetup";

describe("weightedFolds", () => {
  it("repeats each week as often as the resample drew it and drops weeks not drawn", () => {
    const folds = [{ train: [0, 1, 2], test: [3, 4] }];
    expect(weightedFolds(folds, [2, 0, 2, 4, 4, 4])).toEqual([
      { train: [0, 2, 2], test: [4, 4, 4] },
    ]);
  });

  it("keeps every training week before every test week (time order survives resampling)", () => {
    const folds = cvFolds(trainHoldout(104, 0.2).train.length, 4);
    const rows = Array.from({ length: 104 }, (_, i) => (i * 37) % 104);
    for (const fold of weightedFolds(folds, rows)) {
      expect(Math.max(...fold.train)).toBeLessThan(Math.min(...fold.test));
    }
  });
});

describe("cvFolds and trainHoldout", () => {
  it("hold out the last 20% and cut the training weeks into 4 later test blocks", () => {
    const split = trainHoldout(104, 0.2);
    expect(split.holdout[0]).toBe(split.train.length);
    expect(split.train.length + split.holdout.length).toBe(104);
    expect(cvFolds(split.train.length, 4)).toHaveLength(4);
    expect(trainHoldout(10, 0).holdout).toEqual([]);
  });

  it("use fewer folds when the weeks are too few for the requested number", () => {
    expect(cvFolds(6, 4).length).toBeLessThan(4);
  });
});

describe("automaticFoldCount and cvFolds(…, null)", () => {
  it("keeps 4 folds up to three years and adds one per quarter of test weeks beyond", () => {
    // Training weeks at a 20% holdout: 104 → 83, 156 → 125, 182 → 146, 208 → 166, 260 → 208.
    expect([83, 125, 146, 166, 208].map(automaticFoldCount)).toEqual([4, 4, 5, 6, 8]);
    expect(automaticFoldCount(10)).toBe(4);
  });

  it("stops at 8 folds on longer data, whose blocks grow instead", () => {
    expect(automaticFoldCount(416)).toBe(8);
    const folds = cvFolds(416, null);
    expect(folds).toHaveLength(8);
    for (const fold of folds) expect(fold.test.length).toBeGreaterThanOrEqual(26);
  });

  it("makes every test block at least a quarter long when it adds folds", () => {
    for (const trainWeeks of [146, 166, 208]) {
      const folds = cvFolds(trainWeeks, null);
      expect(folds.length).toBe(automaticFoldCount(trainWeeks));
      expect(folds.length).toBeGreaterThan(4);
      for (const fold of folds) expect(fold.test.length).toBeGreaterThanOrEqual(13);
      // Blocked and in time order: every fold trains only on weeks before its test block.
      for (const fold of folds)
        expect(Math.max(...fold.train)).toBeLessThan(Math.min(...fold.test));
    }
  });

  it("honours an explicit count, and shortens automatic folds on very short data", () => {
    expect(cvFolds(208, 4)).toHaveLength(4);
    expect(cvFolds(6, null).length).toBeLessThan(4);
  });
});
