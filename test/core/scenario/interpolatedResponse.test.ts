import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";

/** Property runs are cheap alone but share two cores with model fits in a full run: allow for that. */
const PROPERTY_TIMEOUT_MS = 30_000;
import { interpolatedResponse } from "../../../src/core/scenario/interpolatedResponse";

describe("interpolatedResponse", () => {
  it("passes through every point and gives the Fritsch–Carlson value between them", () => {
    const curve = interpolatedResponse([0, 1, 2], [0, 1, 4]);
    expect([0, 1, 2].map(curve)).toEqual([0, 1, 4]);
    // Hand computation: slopes (1, 2, 3) at x = 0, 1, 2; Hermite basis at s = 0.5 on [1, 2] → 0.5·1 + 0.125·2 + 0.5·4 − 0.125·3.
    expect(curve(1.5)).toBeCloseTo(2.375, 12);
  });

  it(
    "keeps increasing data increasing between the points (no overshoot)",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 12 }),
          (steps) => {
            const xs = steps.map((_, i) => i);
            let total = 0;
            const ys = steps.map((s) => (total += s));
            const curve = interpolatedResponse(xs, ys);
            let previous = -Infinity;
            for (let x = 0; x <= xs.length - 1; x += 0.05) {
              const y = curve(x);
              expect(y).toBeGreaterThanOrEqual(previous - 1e-9);
              previous = y;
            }
          }
        ),
        { numRuns: 50 }
      );
    },
    PROPERTY_TIMEOUT_MS
  );

  it("stays finite and monotone when one step is a denormal next to a large one", () => {
    // fast-check's counterexample (steps 0, 5e-324, 0.5, 0, 0): α overflowed and 0·Infinity gave NaN.
    const ys = [0, 5e-324, 0.5000000000000001, 0.5000000000000001, 0.5000000000000001];
    const curve = interpolatedResponse([0, 1, 2, 3, 4], ys);
    let previous = -Infinity;
    for (let x = 0; x <= 4; x += 0.05) {
      const y = curve(x);
      expect(Number.isFinite(y)).toBe(true);
      expect(y).toBeGreaterThanOrEqual(previous - 1e-12);
      previous = y;
    }
  });

  it("extends linearly beyond the grid and is constant for a single point", () => {
    const curve = interpolatedResponse([0, 1], [0, 2]);
    expect(curve(3)).toBeCloseTo(6, 12);
    expect(interpolatedResponse([5], [7])(100)).toBe(7);
  });

  it("rejects an empty, unequal or non-increasing grid", () => {
    expect(() => interpolatedResponse([], [])).toThrow(/at least one/);
    expect(() => interpolatedResponse([0, 1], [0])).toThrow(/as many revenues as spends/);
    expect(() => interpolatedResponse([0, 0], [0, 1])).toThrow(/strictly increasing/);
  });
});
