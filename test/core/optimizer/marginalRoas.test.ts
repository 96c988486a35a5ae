import { describe, expect, it } from "@jest/globals";
import { marginalRoas } from "../../../src/core/optimizer/marginalRoas";
import { InvalidParameterError } from "../../../src/core/errors";

/** Central differences with a ∛ε step are good to ~1e-10 relative on smooth curves. */
const TOLERANCE_DERIVATIVE = 1e-8;

function expectRelative(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    TOLERANCE_DERIVATIVE * Math.max(1, Math.abs(expected))
  );
}

describe("marginalRoas", () => {
  it("matches the analytic slope of a square-root curve", () => {
    // d/ds 10√s = 5/√s = 1 at s = 25.
    expectRelative(
      marginalRoas((s) => 10 * Math.sqrt(s), 25),
      1
    );
  });
  it("matches the analytic slope of a logarithmic curve at large spend", () => {
    // d/ds 3000 log(1 + s/100) = 3000 / (100 + s) = 0.5 at s = 5900.
    expectRelative(
      marginalRoas((s) => 3000 * Math.log1p(s / 100), 5900),
      0.5
    );
  });
  it("uses a forward difference at zero spend, never evaluating a negative spend", () => {
    const seen: number[] = [];
    const curve = (s: number) => {
      seen.push(s);
      return 3000 * Math.log1p(s / 100);
    };
    // f'(0) = a / b = 30.
    expectRelative(marginalRoas(curve, 0, { scale: 10 }), 30);
    expect(Math.min(...seen)).toBe(0);
  });
  it("is exact on a quadratic on both branches", () => {
    // d/ds (4s − 0.01 s²) = 4 − 0.02 s: 4 at 0, 2 at 100.
    const quadratic = (s: number) => 4 * s - 0.01 * s * s;
    expectRelative(marginalRoas(quadratic, 0), 4);
    expectRelative(marginalRoas(quadratic, 100), 2);
  });
  it("looks inward at the top of the allowed range, never evaluating above it", () => {
    const seen: number[] = [];
    const curve = (s: number) => {
      seen.push(s);
      return 10 * Math.sqrt(s);
    };
    // d/ds 10√s = 5/√s = 0.5 at s = 100.
    expectRelative(marginalRoas(curve, 100, { lowest: 50, highest: 100 }), 0.5);
    expect(Math.max(...seen)).toBe(100);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(50);
  });
  it("looks inward at the bottom of the allowed range, never evaluating below it", () => {
    const seen: number[] = [];
    const curve = (s: number) => {
      seen.push(s);
      return 10 * Math.sqrt(s);
    };
    expectRelative(marginalRoas(curve, 50, { lowest: 50, highest: 100 }), 5 / Math.sqrt(50));
    expect(Math.min(...seen)).toBe(50);
  });
  it("rejects a negative spend or a non-positive scale", () => {
    expect(() => marginalRoas(Math.sqrt, -1)).toThrow(InvalidParameterError);
    expect(() => marginalRoas(Math.sqrt, Infinity)).toThrow(InvalidParameterError);
    expect(() => marginalRoas(Math.sqrt, 1, { scale: 0 })).toThrow(InvalidParameterError);
  });
});
