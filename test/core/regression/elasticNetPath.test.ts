import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { elasticNetPath } from "../../../src/core/regression/elasticNetPath";
import { fitElasticNet } from "../../../src/core/regression/fitElasticNet";
import {
  maxRelativeDifference,
  reportAgreement,
  TEST_MAX_ITERATIONS,
  TEST_SOLVER_TOLERANCE,
} from "./_helpers/reference";
import { readElasticNetPaths, type ElasticNetPathCase } from "./_helpers/fixtureCases";

// Golden: one sklearn.linear_model.ElasticNet(tol=1e-14) fit per alpha, see makeRegressionFixtures.py.
const paths = readElasticNetPaths();

describe("elasticNetPath", () => {
  it.each(paths.map((c) => [c.name, c] as const))(
    "matches scikit-learn at every alpha: %s",
    (name, c) => {
      const fits = elasticNetPath(c.X, c.y, c.alphas, {
        l1Ratio: c.l1Ratio,
        nonNegative: c.positive,
        intercept: c.fit_intercept,
        tolerance: TEST_SOLVER_TOLERANCE,
        maxIterations: TEST_MAX_ITERATIONS,
      });
      let worst = 0;
      fits.forEach((fit, k) => {
        expect(fit.converged).toBe(true);
        expect(fit.alpha).toBe(c.alphas[k]);
        worst = Math.max(
          worst,
          maxRelativeDifference(fit.coefficients, c.coefficients[k] as number[]),
          maxRelativeDifference([fit.intercept], [c.intercepts[k] as number])
        );
      });
      reportAgreement(`elasticNetPath ${name}`, worst);
    }
  );

  it("returns the fits in the caller's order even when the alphas are not decreasing", () => {
    const c = paths[0] as ElasticNetPathCase;
    const alphas = [0.01, 1, 0.1];
    const fits = elasticNetPath(c.X, c.y, alphas, { l1Ratio: 1, tolerance: 1e-12 });
    fits.forEach((fit, k) => {
      const single = fitElasticNet(c.X, c.y, {
        alpha: alphas[k] as number,
        l1Ratio: 1,
        tolerance: 1e-12,
      });
      expect(maxRelativeDifference(fit.coefficients, Array.from(single.coefficients))).toBeLessThan(
        1e-6
      );
    });
  });

  it("needs fewer sweeps in total than cold starts, thanks to warm starts", () => {
    const c = paths[0] as ElasticNetPathCase;
    const path = elasticNetPath(c.X, c.y, c.alphas, { l1Ratio: 1, tolerance: 1e-10 });
    const cold = c.alphas.map((alpha) =>
      fitElasticNet(c.X, c.y, { alpha, l1Ratio: 1, tolerance: 1e-10 })
    );
    const sweeps = (fits: readonly { iterations: number }[]): number =>
      fits.reduce((s, f) => s + f.iterations, 0);
    expect(sweeps(path)).toBeLessThan(sweeps(cold));
  });

  it("rejects an empty list of alphas and a negative alpha", () => {
    expect(() => elasticNetPath([[1], [2]], [1, 2], [])).toThrow(InvalidParameterError);
    expect(() => elasticNetPath([[1], [2]], [1, 2], [1, -1])).toThrow(InvalidParameterError);
  });
});
