import { describe, expect, it } from "@jest/globals";
import { percentileInterval } from "../../../src/core/uncertainty/percentileInterval";
import { InvalidParameterError } from "../../../src/core/errors";
import { caseValues, expectClose, percentileCases, TOLERANCE_NUMPY } from "./fixtures";

describe("percentileInterval", () => {
  describe.each(percentileCases.map((c) => [c.name, c] as const))(
    "on numpy case %s",
    (_name, testCase) => {
      const values = caseValues(testCase);
      it.each(testCase.intervals.map((i) => [i.level, i] as const))(
        "matches numpy at level %s",
        (level, interval) => {
          const [lower, upper] = percentileInterval(values, level);
          expectClose(lower, interval.lower, TOLERANCE_NUMPY);
          expectClose(upper, interval.upper, TOLERANCE_NUMPY);
        }
      );
    }
  );
  it("uses the 5th and 95th percentiles by default", () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    const [lower, upper] = percentileInterval(values);
    // (1 − 0.9)/2 is 0.04999999999999999 in binary, so the lower bound is 5 up to one rounding.
    expect(lower).toBeCloseTo(5, 12);
    expect(upper).toBeCloseTo(95, 12);
  });
  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    percentileInterval(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
  it("returns NaN bounds when every replicate failed", () => {
    expect(percentileInterval([NaN, NaN])).toEqual([NaN, NaN]);
    expect(percentileInterval([])).toEqual([NaN, NaN]);
  });
  it("rejects a level of 0, 1 or 90 (a percentage instead of a share)", () => {
    for (const level of [0, 1, 90, NaN]) {
      expect(() => percentileInterval([1, 2], level)).toThrow(InvalidParameterError);
    }
  });
});
