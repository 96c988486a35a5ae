import { describe, expect, it } from "@jest/globals";
import { weibullAdstockWeights } from "../../../../src/core/transforms/adstock/weibullAdstockWeights";
import { expectClose, TOLERANCE_FORMULA } from "../_helpers/expectClose";
import { transformFixture } from "../_helpers/fixture";

describe("weibullAdstockWeights", () => {
  it.each(transformFixture.weibull.filter((c) => c.input === "pulse"))(
    "matches Robyn's thetaVecCum ($type, shape $shape, scale $scale, maxLag $maxLag)",
    ({ type, shape, scale, maxLag, weights }) => {
      // Source: makeTransformFixtures.py, Robyn's thetaVecCum with scipy.stats.weibull_min.
      expectClose(
        weibullAdstockWeights({ shape, scale, maxLag, type }),
        weights,
        TOLERANCE_FORMULA
      );
    }
  );
  it("starts the CDF form at 1 in the spend week", () => {
    expect(weibullAdstockWeights({ shape: 3, scale: 0.4, maxLag: 6, type: "cdf" })[0]).toBe(1);
  });
  it("peaks after the spend week in the PDF form when the shape exceeds 1", () => {
    const weights = Array.from(
      weibullAdstockWeights({ shape: 3, scale: 0.4, maxLag: 10, type: "pdf" })
    );
    expect(weights.indexOf(1)).toBeGreaterThan(0);
  });
  it("gives all-zero weights for shape 0, as Robyn does", () => {
    expect(
      Array.from(weibullAdstockWeights({ shape: 0, scale: 0.4, maxLag: 3, type: "pdf" }))
    ).toEqual([0, 0, 0, 0]);
  });
  it("rounds Robyn's relative scale half to even (1 + 4 · 0.125 = 1.5 → 2)", () => {
    // λ = 2: survival to week 1 is exp(−(1/2)^1).
    const weights = weibullAdstockWeights({ shape: 1, scale: 0.125, maxLag: 4, type: "cdf" });
    expect(weights[1]).toBeCloseTo(Math.exp(-0.5), 14);
  });
});
