import { describe, expect, it } from "@jest/globals";
import { weibullAdstock } from "../../../../src/core/transforms/adstock/weibullAdstock";
import { InvalidParameterError } from "../../../../src/core/errors";
import { expectClose, TOLERANCE_FORMULA } from "../_helpers/expectClose";
import { transformFixture } from "../_helpers/fixture";

describe("weibullAdstock", () => {
  it.each(transformFixture.weibull)(
    "matches Robyn's adstock_weibull ($type, shape $shape, scale $scale, maxLag $maxLag, $input)",
    ({ input, type, shape, scale, maxLag, expected }) => {
      // Source: makeTransformFixtures.py, Robyn's formulas with scipy.stats.weibull_min and np.convolve.
      const out = weibullAdstock(transformFixture.inputs[input], { shape, scale, maxLag, type });
      expectClose(out, expected, TOLERANCE_FORMULA);
    }
  );
  it("reduces to the spend itself when the window holds only the spend week", () => {
    expect(
      Array.from(weibullAdstock([3, 4], { shape: 2, scale: 0.5, maxLag: 0, type: "pdf" }))
    ).toEqual([3, 4]);
  });
  it("rejects a scale above 1 and a negative shape", () => {
    expect(() => weibullAdstock([1], { shape: 1, scale: 1.1, maxLag: 3, type: "cdf" })).toThrow(
      InvalidParameterError
    );
    expect(() => weibullAdstock([1], { shape: -1, scale: 0.1, maxLag: 3, type: "cdf" })).toThrow(
      InvalidParameterError
    );
  });
  it("rejects an infinite window and an unknown type", () => {
    expect(() =>
      weibullAdstock([1], { shape: 1, scale: 0.1, maxLag: Infinity, type: "cdf" })
    ).toThrow(InvalidParameterError);
    // @ts-expect-error deliberately ill-typed: type must be cdf or pdf
    expect(() => weibullAdstock([1], { shape: 1, scale: 0.1, maxLag: 3, type: "CDF" })).toThrow(
      InvalidParameterError
    );
  });
});
