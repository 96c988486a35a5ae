import { existsSync } from "fs";
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { Matrix as MlMatrix } from "ml-matrix";
import { InvalidParameterError } from "../../../src/core/errors";
import { createRandom } from "../../../src/core/random/createRandom";
import { fitElasticNet } from "../../../src/core/regression/fitElasticNet";
import { fitOls } from "../../../src/core/regression/fitOls";
import {
  kktViolation,
  maxRelativeDifference,
  readFixture,
  readRealData,
  REAL_DATA_PATH,
  reportAgreement,
  type RealDataFixture,
  TEST_MAX_ITERATIONS,
  TEST_SOLVER_TOLERANCE,
} from "./_helpers/reference";
import { readElasticNetFits } from "./_helpers/fixtureCases";

// Golden: sklearn.linear_model.ElasticNet(alpha, l1_ratio, positive, fit_intercept, tol=1e-14), see the script.
const fits = readElasticNetFits();

/** A random design of `rows × columns` standard-ish normals and a linear outcome with noise, from a seed. */
function randomProblem(
  seed: number,
  rows: number,
  columns: number
): { X: number[][]; y: number[] } {
  const random = createRandom(seed);
  const normal = (): number =>
    Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const beta = Array.from({ length: columns }, () => 2 * normal());
  const X = Array.from({ length: rows }, () => Array.from({ length: columns }, normal));
  const y = X.map(
    (row) => 1 + row.reduce((sum, x, j) => sum + x * (beta[j] as number), 0) + 0.5 * normal()
  );
  return { X, y };
}

const realData = readFixture<RealDataFixture>("realData.json");
const maybe = existsSync(REAL_DATA_PATH) ? it : it.skip;
if (!existsSync(REAL_DATA_PATH))
  console.warn(`Skipping the real-data fits: ${REAL_DATA_PATH} is not present.`);

describe("fitElasticNet", () => {
  maybe.each(realData.fits.map((c) => [c.name, c] as const))(
    "matches scikit-learn on the 104-week assessment data: %s",
    (name, c) => {
      // Golden: StandardScaler + ElasticNet(positive=True, tol=1e-14) on the CSV, see makeRegressionFixtures.py.
      const { X, y } = readRealData(realData.features, realData.outcome);
      const fit = fitElasticNet(X, y, {
        alpha: c.alpha,
        l1Ratio: c.l1Ratio,
        nonNegative: true,
        standardize: true,
        tolerance: TEST_SOLVER_TOLERANCE,
        maxIterations: TEST_MAX_ITERATIONS,
      });
      const difference = Math.max(
        maxRelativeDifference(fit.coefficients, c.coefficients),
        maxRelativeDifference([fit.intercept], [c.intercept])
      );
      reportAgreement(`fitElasticNet real data ${name}`, difference);
    }
  );

  it.each(fits.map((c) => [c.name, c] as const))(
    "matches scikit-learn ElasticNet: %s",
    (name, c) => {
      const fit = fitElasticNet(c.X, c.y, {
        alpha: c.alpha,
        l1Ratio: c.l1Ratio,
        nonNegative: c.positive,
        intercept: c.fit_intercept,
        standardize: c.standardize,
        tolerance: TEST_SOLVER_TOLERANCE,
        maxIterations: TEST_MAX_ITERATIONS,
      });
      expect(fit.converged).toBe(true);
      const difference = Math.max(
        maxRelativeDifference(fit.coefficients, c.coefficients),
        maxRelativeDifference([fit.intercept], [c.intercept])
      );
      reportAgreement(`fitElasticNet ${name}`, difference);
    }
  );

  it("stops within the default tolerance on a small problem and reports the sweeps it ran", () => {
    const fit = fitElasticNet([[1], [2], [3], [4]], [2, 4, 6, 8], { alpha: 0.1, l1Ratio: 1 });
    // Hand-derived lasso solution: (xᵀy − nα)/xᵀx on centred x = (10 − 0.4)/5.
    expect(fit.coefficients[0]).toBeCloseTo(1.92, 12);
    expect(fit.intercept).toBeCloseTo(5 - 1.92 * 2.5, 12);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeGreaterThan(0);
    expect(fit.r2).toBeCloseTo(1 - (2 * 0.12 ** 2 + 2 * 0.04 ** 2) / 20, 12);
  });

  it("returns converged false with the sweep count instead of throwing when maxIterations is too small", () => {
    const { X, y } = randomProblem(3, 30, 6);
    const fit = fitElasticNet(X, y, { alpha: 0.01, maxIterations: 1, tolerance: 1e-12 });
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(1);
    expect(fit.dualityGap).toBeGreaterThan(0);
  });

  it("converges to least squares with alpha 0 by the coordinate-change test", () => {
    const { X, y } = randomProblem(6, 40, 5);
    const fit = fitElasticNet(X, y, { alpha: 0, tolerance: 1e-13, maxIterations: 100000 });
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(100000);
    expect(
      maxRelativeDifference(fit.coefficients, Array.from(fitOls(X, y).coefficients))
    ).toBeLessThan(1e-6);
  });

  it("accepts an ml-matrix Matrix and gives the same fit as plain arrays", () => {
    const { X, y } = randomProblem(4, 20, 3);
    const plain = fitElasticNet(X, y, { alpha: 0.1 });
    const wrapped = fitElasticNet(new MlMatrix(X), y, { alpha: 0.1 });
    expect(Array.from(wrapped.coefficients)).toEqual(Array.from(plain.coefficients));
  });

  it("keeps only the flagged coefficients non-negative when nonNegative is given per column", () => {
    const X = [
      [1, 0.5],
      [2, -1],
      [3, 0.2],
      [4, 1.4],
      [5, -0.3],
    ];
    const y = X.map((row) => 2 - row[0]! - 3 * row[1]!);
    const free = fitElasticNet(X, y, { alpha: 0.01, tolerance: 1e-12 });
    const mixed = fitElasticNet(X, y, {
      alpha: 0.01,
      nonNegative: [true, false],
      tolerance: 1e-12,
    });
    expect(free.coefficients[0]).toBeLessThan(0);
    expect(mixed.coefficients[0]).toBe(0);
    expect(mixed.coefficients[1]).toBeLessThan(0);
    const penalty = { alpha: 0.01, l1Ratio: 0.5, nonNegative: [true, false], intercept: true };
    expect(kktViolation(X, y, mixed, penalty)).toBeLessThan(1e-9);
  });

  it("starts from initialCoefficients and reaches the same solution in fewer sweeps", () => {
    const { X, y } = randomProblem(5, 60, 8);
    const options = { alpha: 0.05, tolerance: 1e-12 };
    const cold = fitElasticNet(X, y, options);
    const warm = fitElasticNet(X, y, { ...options, initialCoefficients: cold.coefficients });
    expect(warm.iterations).toBeLessThan(cold.iterations);
    expect(maxRelativeDifference(warm.coefficients, Array.from(cold.coefficients))).toBeLessThan(
      1e-6
    );
  });

  it("returns zero coefficients, converged, for a constant outcome (the gap is 0 at the start)", () => {
    const fit = fitElasticNet([[1], [2], [3]], [4, 4, 4], { alpha: 0.1 });
    expect(Array.from(fit.coefficients)).toEqual([0]);
    expect(fit.intercept).toBe(4);
    expect(fit.converged).toBe(true);
    // scikit-learn's r2_score convention: a constant outcome fitted exactly scores 1.
    expect(fit.r2).toBe(1);
  });

  it("does not modify its inputs", () => {
    const X = [
      [1, 2],
      [3, 5],
      [4, 1],
    ];
    const y = [1, 2, 4];
    const initial = [0.5, 0.5];
    fitElasticNet(X, y, { alpha: 0.1, standardize: true, initialCoefficients: initial });
    expect(X).toEqual([
      [1, 2],
      [3, 5],
      [4, 1],
    ]);
    expect(y).toEqual([1, 2, 4]);
    expect(initial).toEqual([0.5, 0.5]);
  });

  it("gives all-zero coefficients once alpha is large (property)", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 5, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (seed, rows, columns, l1Ratio) => {
          const { X, y } = randomProblem(seed, rows, columns);
          // α_max = max_j |x_jᵀ(y − ȳ)|/(n·ρ) zeroes every coefficient; x1000 is far beyond it for this data.
          const fit = fitElasticNet(X, y, { alpha: 1000 / l1Ratio, l1Ratio });
          expect(Array.from(fit.coefficients).every((b) => b === 0)).toBe(true);
          expect(fit.converged).toBe(true);
        }
      ),
      { numRuns: 50 }
    );
  });

  it("never returns a negative coefficient in a non-negative fit (property)", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, alpha, l1Ratio) => {
          const { X, y } = randomProblem(seed, 25, 6);
          const fit = fitElasticNet(X, y, {
            alpha,
            l1Ratio,
            nonNegative: true,
            maxIterations: 2000,
          });
          expect(Array.from(fit.coefficients).every((b) => b >= 0)).toBe(true);
        }
      ),
      { numRuns: 50 }
    );
  });

  it("satisfies the KKT conditions at the solution (property)", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 6, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        (seed, rows, columns, alpha, l1Ratio, nonNegative, intercept) => {
          const { X, y } = randomProblem(seed, rows, columns);
          const fit = fitElasticNet(X, y, {
            alpha,
            l1Ratio,
            nonNegative,
            intercept,
            tolerance: 1e-13,
            maxIterations: 100000,
          });
          expect(fit.converged).toBe(true);
          const flags = Array.from({ length: columns }, () => nonNegative);
          expect(
            kktViolation(X, y, fit, { alpha, l1Ratio, nonNegative: flags, intercept })
          ).toBeLessThan(1e-6);
        }
      ),
      { numRuns: 100 }
    );
  });

  it.each([
    ["a negative alpha", { alpha: -1 }, "alpha"],
    ["an l1Ratio above 1", { alpha: 1, l1Ratio: 1.5 }, "l1Ratio"],
    ["a fractional maxIterations", { alpha: 1, maxIterations: 2.5 }, "maxIterations"],
    ["a zero tolerance", { alpha: 1, tolerance: 0 }, "tolerance"],
    ["a nonNegative array of the wrong length", { alpha: 1, nonNegative: [true] }, "nonNegative"],
    [
      "initialCoefficients of the wrong length",
      { alpha: 1, initialCoefficients: [1] },
      "initialCoefficients",
    ],
    [
      "a non-finite initial coefficient",
      { alpha: 1, initialCoefficients: [1, NaN] },
      "initialCoefficients",
    ],
  ])("rejects %s", (_, options, parameter) => {
    const call = (): unknown =>
      fitElasticNet(
        [
          [1, 2],
          [2, 1],
          [3, 3],
        ],
        [1, 2, 3],
        options
      );
    expect(call).toThrow(InvalidParameterError);
    expect(call).toThrow(expect.objectContaining({ parameter }) as unknown as Error);
  });

  it.each([
    ["an empty design", [] as number[][], [], "X"],
    ["a ragged row", [[1, 2], [3]], [1, 2], "X"],
    ["a NaN in X", [[1], [NaN]], [1, 2], "X"],
    ["an outcome of the wrong length", [[1], [2]], [1], "y"],
    ["an infinite outcome", [[1], [2]], [1, Infinity], "y"],
  ])("rejects %s", (_, X, y, parameter) => {
    const call = (): unknown => fitElasticNet(X, y, { alpha: 1 });
    expect(call).toThrow(InvalidParameterError);
    expect(call).toThrow(expect.objectContaining({ parameter }) as unknown as Error);
  });
});
