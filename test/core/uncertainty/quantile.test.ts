import { describe, expect, it } from "@jest/globals";
import { quantile } from "../../../src/core/uncertainty/quantile";
import { InvalidParameterError } from "../../../src/core/errors";
import { caseValues, expectClose, percentileCases, TOLERANCE_NUMPY } from "./fixtures";

describe("quantile", () => {
  it.each(percentileCases.map((c) => [c.name, c] as const))(
    "matches numpy.nanpercentile on %s",
    (_name, testCase) => {
      const values = caseValues(testCase);
      for (const { probability, value } of testCase.quantiles) {
        expectClose(quantile(values, probability), value, TOLERANCE_NUMPY);
      }
    }
  );
  it("interpolates linearly between order statistics (type 7)", () => {
    // R: quantile(c(1, 2, 3, 4), 0.5) = 2.5; quantile(c(10, 20), 0.3) = 13.
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([20, 10], 0.3)).toBeCloseTo(13, 12);
  });
  it("returns the single value of a one-value sample at every probability", () => {
    expect(quantile([7], 0)).toBe(7);
    expect(quantile([7], 0.37)).toBe(7);
    expect(quantile([7], 1)).toBe(7);
  });
  it("rejects a probability outside [0, 1]", () => {
    expect(() => quantile([1], 1.5)).toThrow(InvalidParameterError);
    expect(() => quantile([1], -0.1)).toThrow(InvalidParameterError);
  });
});
