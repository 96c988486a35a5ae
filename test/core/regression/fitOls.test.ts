import { existsSync } from "fs";
import { describe, expect, it } from "@jest/globals";
import { Matrix as MlMatrix } from "ml-matrix";
import { InvalidParameterError } from "../../../src/core/errors";
import { fitOls } from "../../../src/core/regression/fitOls";
import {
  maxRelativeDifference,
  P_VALUE_ABSOLUTE,
  readFixture,
  readRealData,
  REAL_DATA_PATH,
  reportAgreement,
  type RealDataFixture,
} from "./_helpers/reference";

interface OlsCase {
  readonly name: string;
  readonly X: number[][];
  readonly y: number[];
  readonly fit_intercept: boolean;
  readonly aliased: boolean[];
  readonly coefficients: (number | null)[];
  readonly standardErrors: (number | null)[];
  readonly tValues: (number | null)[];
  readonly pValues: (number | null)[];
  readonly intercept: number;
  readonly interceptStandardError: number | null;
  readonly interceptPValue: number | null;
  readonly r2: number;
  readonly adjustedR2: number;
  readonly sigma: number;
  readonly degreesOfFreedom: number;
  readonly rank: number;
}

// Golden: statsmodels.api.OLS(y, add_constant(X)).fit() (params, bse, tvalues, pvalues, rsquared, rsquared_adj,
// sqrt(scale), df_resid); aliased columns dropped in order as R's lm does, see makeRegressionFixtures.py.
const { cases } = readFixture<{ cases: OlsCase[] }>("ols.json");

/** A p value agrees when it is within the relative bar or, for tiny values, within P_VALUE_ABSOLUTE. */
function pValueDifference(actual: ArrayLike<number>, expected: readonly (number | null)[]): number {
  return expected.reduce<number>((worst, value, i) => {
    if (value === null) return worst;
    const error = Math.abs((actual[i] as number) - value);
    return error <= P_VALUE_ABSOLUTE
      ? worst
      : Math.max(worst, error / Math.max(Math.abs(value), 1e-300));
  }, 0);
}

const realData = readFixture<RealDataFixture>("realData.json");
const maybe = existsSync(REAL_DATA_PATH) ? it : it.skip;
if (!existsSync(REAL_DATA_PATH))
  console.warn(`Skipping the real-data OLS: ${REAL_DATA_PATH} is not present.`);

describe("fitOls", () => {
  maybe(
    "matches statsmodels OLS of revenue on every other column of the 104-week assessment data",
    () => {
      // Golden: statsmodels OLS(revenue, add_constant(X)) on the CSV, see makeRegressionFixtures.py.
      const { X, y } = readRealData(realData.features, realData.outcome);
      const fit = fitOls(X, y);
      const difference = Math.max(
        maxRelativeDifference(fit.coefficients, realData.ols.coefficients),
        maxRelativeDifference(fit.standardErrors, realData.ols.standardErrors),
        maxRelativeDifference([fit.intercept], [realData.ols.intercept])
      );
      reportAgreement("fitOls real data", difference);
    }
  );

  it.each(cases.map((c) => [c.name, c] as const))("matches statsmodels OLS: %s", (name, c) => {
    const fit = fitOls(c.X, c.y, { intercept: c.fit_intercept });
    expect(fit.aliased).toEqual(c.aliased);
    expect(fit.rank).toBe(c.rank);
    expect(fit.degreesOfFreedom).toBe(c.degreesOfFreedom);
    const difference = Math.max(
      maxRelativeDifference(
        fit.coefficients,
        c.coefficients.map((v, j) => (c.aliased[j] ? 0 : v))
      ),
      maxRelativeDifference(fit.standardErrors, c.standardErrors),
      maxRelativeDifference(fit.tValues, c.tValues),
      pValueDifference(fit.pValues, c.pValues),
      maxRelativeDifference(
        [fit.intercept, fit.r2, fit.adjustedR2, fit.sigma],
        [c.intercept, c.r2, c.adjustedR2, c.sigma]
      )
    );
    if (c.fit_intercept) {
      expect(
        maxRelativeDifference([fit.interceptStandardError], [c.interceptStandardError])
      ).toBeLessThan(1e-6);
      expect(pValueDifference([fit.interceptPValue], [c.interceptPValue])).toBeLessThan(1e-6);
    } else {
      expect(fit.interceptStandardError).toBeNaN();
    }
    reportAgreement(`fitOls ${name}`, difference);
  });

  it("fits a line exactly and leaves residuals orthogonal to the columns", () => {
    const fit = fitOls([[1], [2], [3], [4]], [3, 5, 7, 9.5]);
    // Hand-derived: slope Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 10.75/5 = 2.15, intercept 6.125 − 2.15·2.5 = 0.75.
    expect(fit.coefficients[0]).toBeCloseTo(2.15, 12);
    expect(fit.intercept).toBeCloseTo(0.75, 12);
    const dot = [1, 2, 3, 4].reduce((s, x, i) => s + x * fit.residuals[i]!, 0);
    expect(Math.abs(dot)).toBeLessThan(1e-12);
  });

  it("sets a duplicated column aside with coefficient 0 and NaN inference instead of failing", () => {
    const X = [
      [1, 1, 0.3],
      [2, 2, -1],
      [3, 3, 0.8],
      [4, 4, 0.1],
      [5, 5, -0.4],
    ];
    const fit = fitOls(X, [1, 3, 2, 5, 4]);
    expect(fit.aliased).toEqual([false, true, false]);
    expect(fit.rank).toBe(3);
    expect(fit.coefficients[1]).toBe(0);
    expect(fit.standardErrors[1]).toBeNaN();
    expect(fit.pValues[1]).toBeNaN();
    expect(Number.isFinite(fit.standardErrors[0])).toBe(true);
  });

  it("reports NaN standard errors when no residual degrees of freedom remain", () => {
    const fit = fitOls([[1], [2]], [1, 3]);
    expect(fit.degreesOfFreedom).toBe(0);
    expect(fit.sigma).toBeNaN();
    expect(fit.standardErrors[0]).toBeNaN();
    expect(fit.adjustedR2).toBeNaN();
    expect(fit.coefficients[0]).toBeCloseTo(2, 12);
  });

  it("treats an all-zero column as aliased and gives NaN R² for a constant outcome", () => {
    const fit = fitOls([[0], [0], [0]], [2, 2, 2]);
    expect(fit.aliased).toEqual([true]);
    expect(fit.intercept).toBeCloseTo(2, 12);
    expect(fit.r2).toBeNaN();
  });

  it("accepts an ml-matrix Matrix", () => {
    const c = cases[0] as OlsCase;
    expect(Array.from(fitOls(new MlMatrix(c.X), c.y).coefficients)).toEqual(
      Array.from(fitOls(c.X, c.y).coefficients)
    );
  });

  it("rejects an outcome of the wrong length", () => {
    expect(() => fitOls([[1], [2]], [1])).toThrow(InvalidParameterError);
  });
});
