import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { InvalidParameterError } from "../../../src/core/errors";
import { elasticNetGram } from "../../../src/core/regression/elasticNetGram";
import { fitOls } from "../../../src/core/regression/fitOls";
import {
  kktViolation,
  maxRelativeDifference,
  reportAgreement,
  TEST_MAX_ITERATIONS,
  TEST_SOLVER_TOLERANCE,
} from "./_helpers/reference";
import { readElasticNetFits, type ElasticNetFitCase } from "./_helpers/fixtureCases";

// Golden: sklearn ElasticNet(tol=1e-14), the same fixtures as fitElasticNet; precompute=True solves the same problem.
const fits = readElasticNetFits();

/** Centred (when intercept) Gram matrix, X'y and ‖y‖², as a caller of the kernel builds them. */
function sufficientStatistics(X: number[][], y: number[], intercept: boolean) {
  const n = y.length;
  const p = (X[0] as number[]).length;
  const means = Array.from({ length: p }, (_, j) =>
    intercept ? X.reduce((s, row) => s + row[j]!, 0) / n : 0
  );
  const yMean = intercept ? y.reduce((a, b) => a + b, 0) / n : 0;
  const Xc = X.map((row) => row.map((x, j) => x - means[j]!));
  const yc = y.map((v) => v - yMean);
  const gram = new Float64Array(p * p);
  const xty = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < p; k++) gram[j * p + k] = Xc.reduce((s, row) => s + row[j]! * row[k]!, 0);
    xty[j] = Xc.reduce((s, row, i) => s + row[j]! * yc[i]!, 0);
  }
  return { gram, xty, yy: yc.reduce((s, v) => s + v * v, 0), means, yMean, Xc, yc };
}

describe("elasticNetGram", () => {
  const unscaled = fits.filter((c) => !c.standardize);
  it.each(unscaled.map((c) => [c.name, c] as const))(
    "matches scikit-learn from X'X and X'y: %s",
    (name, c) => {
      const s = sufficientStatistics(c.X, c.y, c.fit_intercept);
      const fit = elasticNetGram(s.gram, s.xty, c.y.length, {
        alpha: c.alpha,
        l1Ratio: c.l1Ratio,
        nonNegative: c.positive,
        outcomeSumOfSquares: s.yy,
        tolerance: TEST_SOLVER_TOLERANCE,
        maxIterations: TEST_MAX_ITERATIONS,
      });
      expect(fit.converged).toBe(true);
      const intercept = s.yMean - s.means.reduce((sum, m, j) => sum + m * fit.coefficients[j]!, 0);
      const difference = Math.max(
        maxRelativeDifference(fit.coefficients, c.coefficients),
        maxRelativeDifference([intercept], [c.intercept])
      );
      reportAgreement(`elasticNetGram ${name}`, difference);
    }
  );

  it("satisfies the KKT conditions with per-column positivity (property)", () => {
    const c = fits[0] as ElasticNetFitCase;
    const s = sufficientStatistics(c.X, c.y, true);
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (alpha, l1Ratio, nonNegative) => {
          const fit = elasticNetGram(s.gram, s.xty, c.y.length, {
            alpha,
            l1Ratio,
            nonNegative,
            outcomeSumOfSquares: s.yy,
            tolerance: 1e-13,
            maxIterations: 100000,
          });
          expect(fit.converged).toBe(true);
          nonNegative.forEach(
            (flag, j) => flag && expect(fit.coefficients[j]).toBeGreaterThanOrEqual(0)
          );
          const centred = { intercept: 0, coefficients: fit.coefficients };
          expect(
            kktViolation(s.Xc, s.yc, centred, { alpha, l1Ratio, nonNegative, intercept: false })
          ).toBeLessThan(1e-7);
        }
      ),
      { numRuns: 100 }
    );
  });

  it("converges to least squares with alpha 0 by the coordinate-change test", () => {
    const c = fits[0] as ElasticNetFitCase;
    const s = sufficientStatistics(c.X, c.y, true);
    const fit = elasticNetGram(s.gram, s.xty, c.y.length, {
      alpha: 0,
      outcomeSumOfSquares: s.yy,
      tolerance: 1e-13,
      maxIterations: 100000,
    });
    expect(fit.converged).toBe(true);
    expect(
      maxRelativeDifference(fit.coefficients, Array.from(fitOls(c.X, c.y).coefficients))
    ).toBeLessThan(1e-6);
  });

  it("uses a warm start and returns converged false when sweeps run out", () => {
    const c = fits[0] as ElasticNetFitCase;
    const s = sufficientStatistics(c.X, c.y, true);
    const options = { alpha: 0.01, l1Ratio: 0.5, outcomeSumOfSquares: s.yy, tolerance: 1e-12 };
    const cold = elasticNetGram(s.gram, s.xty, c.y.length, options);
    const warm = elasticNetGram(s.gram, s.xty, c.y.length, {
      ...options,
      initialCoefficients: cold.coefficients,
    });
    expect(warm.iterations).toBeLessThan(cold.iterations);
    const starved = elasticNetGram(s.gram, s.xty, c.y.length, { ...options, maxIterations: 1 });
    expect(starved).toMatchObject({ converged: false, iterations: 1 });
  });

  it.each([
    ["a Gram matrix of the wrong size", new Float64Array(3), 4, 20, "gram"],
    ["a fractional n", new Float64Array(4), 2.5, 20, "n"],
    ["a negative outcomeSumOfSquares", new Float64Array(4), 4, -1, "gram"],
    ["a NaN in the Gram matrix", Float64Array.of(1, NaN, NaN, 1), 4, 20, "gram"],
  ])("rejects %s", (_, gram, n, yy, parameter) => {
    const call = (): unknown =>
      elasticNetGram(gram, Float64Array.of(1, 1), n, { alpha: 1, outcomeSumOfSquares: yy });
    expect(call).toThrow(InvalidParameterError);
    expect(call).toThrow(expect.objectContaining({ parameter }) as unknown as Error);
  });
});
