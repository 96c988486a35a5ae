import { describe, expect, it } from "@jest/globals";
import { Matrix } from "ml-matrix";
import { breuschPagan } from "../../../src/core/diagnostics/breuschPagan";
import { InvalidParameterError } from "../../../src/core/errors";
import {
  designFixture,
  expectClose,
  P_VALUE_ABSOLUTE,
  P_VALUE_RELATIVE,
  STATISTIC_RELATIVE,
} from "./fixtures";

describe("breuschPagan", () => {
  it.each(designFixture.cases.map((c) => [c.name, c] as const))(
    "matches statsmodels het_breuschpagan (robust=True) on the %s case",
    (_, c) => {
      // Golden: statsmodels het_breuschpagan(residuals, add_constant(X)) with its default robust=True
      const result = breuschPagan(c.residuals, c.X);
      expectClose(result.statistic, c.breuschPagan.statistic, STATISTIC_RELATIVE);
      expectClose(result.pValue, c.breuschPagan.pValue, P_VALUE_RELATIVE, P_VALUE_ABSOLUTE);
      expect(result.degreesOfFreedom).toBe(c.breuschPagan.degreesOfFreedom);
    }
  );

  it("detects the heteroskedastic cases at n = 104 and 260 and not the homoskedastic ones", () => {
    for (const c of designFixture.cases.filter((d) => d.n !== 30)) {
      const significant = breuschPagan(c.residuals, c.X).pValue < 0.05;
      expect(significant).toBe(c.name.startsWith("heteroskedastic"));
    }
  });

  it("accepts an ml-matrix Matrix and drops an explicit intercept column", () => {
    const c = designFixture.cases[0];
    if (!c) throw new Error("fixture missing");
    const withIntercept = c.X.map((row) => [1, ...row]);
    const fromMatrix = breuschPagan(c.residuals, new Matrix(withIntercept));
    expectClose(fromMatrix.statistic, c.breuschPagan.statistic, STATISTIC_RELATIVE);
    expect(fromMatrix.degreesOfFreedom).toBe(c.X[0]?.length);
  });

  it("rejects a design without varying columns, mismatched rows and ragged rows", () => {
    expect(() => breuschPagan([1, -1, 2], [[1], [1], [1]])).toThrow(InvalidParameterError);
    expect(() => breuschPagan([1, -1, 2], [[1], [2]])).toThrow(/3 residuals/);
    expect(() => breuschPagan([1, -1, 2], [[1, 2], [2], [3, 1]])).toThrow(/Row 2/);
    expect(() => breuschPagan([1, -1, 2], [[1], [Number.NaN], [3]])).toThrow(/non-finite/);
  });
});
