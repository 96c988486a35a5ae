import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError, NumericalError } from "../../../src/core/errors";
import { fitRidge } from "../../../src/core/regression/fitRidge";
import { ridgePath } from "../../../src/core/regression/ridgePath";
import { maxRelativeDifference, reportAgreement } from "./_helpers/reference";
import { readRidgeCases } from "./_helpers/fixtureCases";

// Golden: sklearn.linear_model.Ridge(alpha=penalty, solver="svd") per penalty; see makeRegressionFixtures.py.
const cases = readRidgeCases();

describe("ridgePath", () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    "matches scikit-learn Ridge at every penalty: %s",
    (name, c) => {
      const fits = ridgePath(c.X, c.y, c.penalties, {
        intercept: c.fit_intercept,
        standardize: c.standardize,
      });
      let worst = 0;
      fits.forEach((fit, k) => {
        worst = Math.max(
          worst,
          maxRelativeDifference(fit.coefficients, c.coefficients[k] as number[]),
          maxRelativeDifference([fit.intercept], [c.intercepts[k] as number])
        );
      });
      reportAgreement(`ridgePath ${name}`, worst);
    }
  );

  it("gives the same fits as fitRidge one penalty at a time, including p > n", () => {
    cases.forEach((c) => {
      const penalties = [1e-2, 0.7, 50];
      ridgePath(c.X, c.y, penalties).forEach((fit, k) => {
        const single = fitRidge(c.X, c.y, { penalty: penalties[k] as number });
        expect(
          maxRelativeDifference(fit.coefficients, Array.from(single.coefficients))
        ).toBeLessThan(1e-8);
        expect(fit.r2).toBeCloseTo(single.r2, 10);
      });
    });
  });

  it("solves a zero penalty on full-rank data and throws a NumericalError on rank-deficient data", () => {
    const X = [
      [1, 0.5],
      [2, 0.1],
      [3, 0.9],
      [4, 0.3],
    ];
    expect(ridgePath(X, [1, 2, 2, 4], [0])[0]?.coefficients[0]).toBeCloseTo(
      fitRidge(X, [1, 2, 2, 4], { penalty: 0 }).coefficients[0]!,
      10
    );
    const duplicated = X.map((row) => [row[0]!, row[0]!]);
    expect(() => ridgePath(duplicated, [1, 2, 2, 4], [1, 0])).toThrow(NumericalError);
  });

  it("rejects an empty list of penalties and a negative penalty", () => {
    expect(() => ridgePath([[1], [2]], [1, 2], [])).toThrow(InvalidParameterError);
    expect(() => ridgePath([[1], [2]], [1, 2], [-1])).toThrow(InvalidParameterError);
  });
});
