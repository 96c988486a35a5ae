import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { solveActiveSet } from "../../../../src/core/regression/_internal/solveActiveSet";
import { solveGram } from "../../../../src/core/regression/solveGram";
import { createRandom } from "../../../../src/core/random/createRandom";

interface Problem {
  readonly gram: Float64Array;
  readonly xty: Float64Array;
  readonly nonNegative: boolean[];
}

/** G = X'X and c = X'y of correlated random columns (each mixes a shared factor), as in a media design. */
function problem(seed: number, rows: number, p: number, correlation: number): Problem {
  const random = createRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const shared = Array.from({ length: rows }, normal);
  const x = Array.from({ length: p }, () =>
    shared.map((value) => correlation * value + (1 - correlation) * normal())
  );
  const truth = Array.from({ length: p }, () => normal());
  const y = shared.map((_, t) =>
    x.reduce((sum, column, j) => sum + column[t]! * truth[j]!, normal())
  );
  const gram = new Float64Array(p * p);
  const xty = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    xty[j] = x[j]!.reduce((sum, value, t) => sum + value * y[t]!, 0);
    for (let k = 0; k < p; k++)
      gram[j * p + k] = x[j]!.reduce((sum, value, t) => sum + value * x[k]![t]!, 0);
  }
  return { gram, xty, nonNegative: Array.from({ length: p }, () => random() < 0.5) };
}

/** Largest violation of the elastic net's KKT conditions (0 at the exact optimum), relative to max |c|. */
function kktViolation(
  { gram, xty, nonNegative }: Problem,
  beta: Float64Array,
  l1: number,
  l2: number
): number {
  const p = xty.length;
  let worst = 0;
  for (let j = 0; j < p; j++) {
    let gradient = xty[j]! - l2 * beta[j]!;
    for (let k = 0; k < p; k++) gradient -= gram[j * p + k]! * beta[k]!;
    const value = beta[j]!;
    if (nonNegative[j] && value < 0) return Infinity;
    const violation =
      value !== 0
        ? Math.abs(gradient - l1 * Math.sign(value))
        : Math.max((nonNegative[j] ? gradient : Math.abs(gradient)) - l1, 0);
    worst = Math.max(worst, violation);
  }
  return worst / Math.max(...Array.from(xty, Math.abs), l1);
}

describe("solveActiveSet", () => {
  it("solves a one-coefficient least squares exactly", () => {
    const solution = solveActiveSet(
      new Float64Array([2]),
      new Float64Array([2]),
      0,
      0,
      [false],
      undefined,
      10
    );
    expect(solution?.coefficients[0]).toBeCloseTo(1, 14);
  });

  it("meets the elastic net's optimality (KKT) conditions on correlated columns, with signs held", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 16 }),
        fc.constantFrom(0, 0.5, 0.9),
        fc.constantFrom(0.001, 0.01, 0.3),
        fc.constantFrom(0, 0.5),
        (seed, p, correlation, alpha, l1Ratio) => {
          const rows = 60;
          const input = problem(seed, rows, p, correlation);
          const l1 = alpha * l1Ratio * rows;
          const l2 = alpha * (1 - l1Ratio) * rows;
          const solution = solveActiveSet(
            input.gram,
            input.xty,
            l1,
            l2,
            input.nonNegative,
            undefined,
            200
          );
          expect(solution).not.toBeNull();
          expect(kktViolation(input, solution!.coefficients, l1, l2)).toBeLessThan(1e-8);
        }
      ),
      { numRuns: 60 }
    );
  });

  it("reaches the same optimum from any warm start", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (seed, startSeed) => {
        const input = problem(seed, 50, 10, 0.7);
        const cold = solveActiveSet(input.gram, input.xty, 5, 1, input.nonNegative, undefined, 200);
        const random = createRandom(startSeed);
        const start = Float64Array.from({ length: 10 }, () => 4 * random() - 2);
        const warm = solveActiveSet(input.gram, input.xty, 5, 1, input.nonNegative, start, 200);
        for (let j = 0; j < 10; j++)
          expect(warm!.coefficients[j]).toBeCloseTo(cold!.coefficients[j]!, 9);
      }),
      { numRuns: 40 }
    );
  });

  it("gives up on a singular system without ridge, and solveGram then falls back to coordinate descent", () => {
    // Two identical columns, no penalty: X'X is singular.
    const gram = new Float64Array([4, 4, 4, 4]);
    const xty = new Float64Array([8, 8]);
    expect(solveActiveSet(gram, xty, 0, 0, [false, false], undefined, 10)).toBeNull();
    const fallback = solveGram(gram, xty, 4, { alpha: 0, l1Ratio: 0, nonNegative: [false, false] });
    const fitted = fallback.coefficients[0]! + fallback.coefficients[1]!;
    expect(fitted).toBeCloseTo(2, 6);
  });
});

describe("solveGram", () => {
  it("agrees with plain coordinate descent's fixed point: the KKT conditions hold to rounding", () => {
    const input = problem(7, 80, 12, 0.9);
    const rows = 80;
    const solution = solveGram(input.gram, input.xty, rows, {
      alpha: 0.01,
      l1Ratio: 0.5,
      nonNegative: input.nonNegative,
    });
    expect(solution.converged).toBe(true);
    expect(kktViolation(input, solution.coefficients, 0.005 * rows, 0.005 * rows)).toBeLessThan(
      1e-8
    );
  });
});
