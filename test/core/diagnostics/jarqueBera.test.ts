import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { jarqueBera } from "../../../src/core/diagnostics/jarqueBera";
import { InvalidParameterError } from "../../../src/core/errors";
import {
  expectClose,
  P_VALUE_ABSOLUTE,
  P_VALUE_RELATIVE,
  residualFixture,
  STATISTIC_RELATIVE,
} from "./fixtures";

describe("jarqueBera", () => {
  it.each(residualFixture.cases.map((c) => [c.name, c] as const))(
    "matches statsmodels jarque_bera on the %s residuals",
    (_, c) => {
      // Golden: statsmodels.stats.stattools.jarque_bera(residuals) -> (jb, p, skew, kurtosis)
      const result = jarqueBera(c.residuals);
      expectClose(result.statistic, c.jarqueBera.statistic, STATISTIC_RELATIVE);
      expectClose(result.pValue, c.jarqueBera.pValue, P_VALUE_RELATIVE, P_VALUE_ABSOLUTE);
      expectClose(result.skewness, c.jarqueBera.skewness, STATISTIC_RELATIVE);
      expectClose(result.kurtosis, c.jarqueBera.kurtosis, STATISTIC_RELATIVE);
    }
  );

  it("reports zero skewness and kurtosis 1.64 for 1, 2, 3, 4", () => {
    // m₂ = 1.25, m₄ = 2.5625, K = 2.5625 / 1.5625 = 1.64 (hand calculation)
    const result = jarqueBera([1, 2, 3, 4]);
    expect(result.skewness).toBeCloseTo(0, 14);
    expect(result.kurtosis).toBeCloseTo(1.64, 14);
  });

  it("is unchanged by shifting and rescaling the residuals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 5, maxLength: 50 }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (values, shift, scale) => {
          const spread = Math.max(...values) - Math.min(...values);
          fc.pre(spread > 1e-3);
          const base = jarqueBera(values);
          const moved = jarqueBera(values.map((v) => v * scale + shift));
          expectClose(moved.statistic, base.statistic, 1e-6, 1e-9);
        }
      )
    );
  });

  it("rejects a single residual", () => {
    expect(() => jarqueBera([1])).toThrow(InvalidParameterError);
  });
});
