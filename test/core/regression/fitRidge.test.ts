import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { InvalidParameterError, NumericalError } from "../../../src/core/errors";
import { createRandom } from "../../../src/core/random/createRandom";
import { fitOls } from "../../../src/core/regression/fitOls";
import { fitRidge } from "../../../src/core/regression/fitRidge";
import { maxRelativeDifference, reportAgreement } from "./_helpers/reference";
import { readRidgeCases, type RidgeCase } from "./_helpers/fixtureCases";

// Golden: sklearn.linear_model.Ridge(alpha=penalty, fit_intercept, solver="svd"), standardize emulated with
// StandardScaler; see makeRegressionFixtures.py.
const cases = readRidgeCases();

describe("fitRidge", () => {
  it.each(cases.map((c) => [c.name, c] as const))("matches scikit-learn Ridge: %s", (name, c) => {
    let worst = 0;
    c.penalties.forEach((penalty, k) => {
      const fit = fitRidge(c.X, c.y, {
        penalty,
        intercept: c.fit_intercept,
        standardize: c.standardize,
      });
      expect(fit.penalty).toBe(penalty);
      worst = Math.max(
        worst,
        maxRelativeDifference(fit.coefficients, c.coefficients[k] as number[]),
        maxRelativeDifference([fit.intercept], [c.intercepts[k] as number])
      );
    });
    reportAgreement(`fitRidge ${name}`, worst);
  });

  it("approaches OLS as the penalty goes to 0 on full-rank data (property)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 6 }), (seed, columns) => {
        const random = createRandom(seed);
        const rows = columns + 10;
        const X = Array.from({ length: rows }, () =>
          Array.from({ length: columns }, () => random() * 2 - 1)
        );
        const y = X.map((row) => row.reduce((s, x, j) => s + (j + 1) * x, 0.5) + random() - 0.5);
        const ols = fitOls(X, y);
        const errors = [1, 1e-3, 1e-6].map((penalty) => {
          const ridge = fitRidge(X, y, { penalty });
          return Math.max(
            ...Array.from(ridge.coefficients, (b, j) => Math.abs(b - ols.coefficients[j]!))
          );
        });
        // The gap shrinks with the penalty (linearly, as λ(XᵀX)⁻¹β) and is negligible at 1e-6.
        expect(errors[2]).toBeLessThanOrEqual(errors[0]!);
        expect(errors[2]).toBeLessThan(1e-4);
      }),
      { numRuns: 100 }
    );
  });

  it("equals OLS with no penalty on full-rank data", () => {
    const c = cases[0] as RidgeCase;
    const ols = fitOls(c.X, c.y);
    const ridge = fitRidge(c.X, c.y, { penalty: 0 });
    expect(maxRelativeDifference(ridge.coefficients, Array.from(ols.coefficients))).toBeLessThan(
      1e-10
    );
    expect(ridge.r2).toBeCloseTo(ols.r2, 12);
  });

  it("throws a NumericalError without penalty when columns are collinear or p > n", () => {
    const X = [
      [1, 2],
      [2, 4],
      [3, 6],
    ];
    expect(() => fitRidge(X, [1, 2, 4], { penalty: 0 })).toThrow(NumericalError);
    expect(() =>
      fitRidge(
        [
          [1, 2, 3],
          [3, 1, 2],
        ],
        [1, 2],
        { penalty: 0 }
      )
    ).toThrow(NumericalError);
    expect(() => fitRidge(X, [1, 2, 4], { penalty: 0.1 })).not.toThrow();
  });

  it("rejects a negative penalty", () => {
    expect(() => fitRidge([[1], [2]], [1, 2], { penalty: -1 })).toThrow(InvalidParameterError);
  });
});
