import { describe, expect, it } from "@jest/globals";
import { ljungBox } from "../../../src/core/diagnostics/ljungBox";
import { InvalidParameterError } from "../../../src/core/errors";
import {
  expectClose,
  P_VALUE_ABSOLUTE,
  P_VALUE_RELATIVE,
  residualFixture,
  STATISTIC_RELATIVE,
} from "./fixtures";

const goldens = residualFixture.cases.flatMap((c) =>
  c.ljungBox.map((golden) => [`${c.name}, lag ${golden.lags}`, c.residuals, golden] as const)
);

describe("ljungBox", () => {
  it.each(goldens)("matches statsmodels acorr_ljungbox on %s", (_, residuals, golden) => {
    // Golden: statsmodels acorr_ljungbox(residuals, lags=[4, 8], model_df=golden.modelDegreesOfFreedom)
    const result = ljungBox(residuals, golden.lags, {
      modelDegreesOfFreedom: golden.modelDegreesOfFreedom,
    });
    expectClose(result.statistic, golden.statistic, STATISTIC_RELATIVE);
    expectClose(result.pValue, golden.pValue, P_VALUE_RELATIVE, P_VALUE_ABSOLUTE);
    expect(result.lags).toBe(golden.lags);
    expect(result.degreesOfFreedom).toBe(golden.lags - golden.modelDegreesOfFreedom);
  });

  it("computes the textbook value for a linear ramp at lag 1", () => {
    // r₁ = 26.25 / 42 = 0.625, Q = 8·10·0.625²/7 = 4.4643 (hand calculation)
    expect(ljungBox([1, 2, 3, 4, 5, 6, 7, 8], 1).statistic).toBeCloseTo(4.4642857142857, 12);
  });

  it("finds the AR(1) residuals autocorrelated and white noise not", () => {
    const ar1 = residualFixture.cases.find((c) => c.name === "AR(1) phi=0.6 n=104");
    const noise = residualFixture.cases.find((c) => c.name === "normal n=104");
    expect(ljungBox(ar1?.residuals ?? [], 4).pValue).toBeLessThan(0.01);
    expect(ljungBox(noise?.residuals ?? [], 4).pValue).toBeGreaterThan(0.05);
  });

  it("rejects lags outside 1..n−1 and model degrees of freedom not below lags", () => {
    expect(() => ljungBox([1, 2, 3], 3)).toThrow(InvalidParameterError);
    expect(() => ljungBox([1, 2, 3], 0)).toThrow(InvalidParameterError);
    expect(() => ljungBox([1, 2, 3], 1.5)).toThrow(InvalidParameterError);
    expect(() => ljungBox([1, 2, 3, 4], 2, { modelDegreesOfFreedom: 2 })).toThrow(
      expect.objectContaining({ parameter: "modelDegreesOfFreedom" })
    );
    expect(() => ljungBox([1, 2, 3, 4], 2, { modelDegreesOfFreedom: -1 })).toThrow(
      InvalidParameterError
    );
  });
});
