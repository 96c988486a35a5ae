import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { geometricAdstock } from "../../../../src/core/transforms/adstock/geometricAdstock";
import { InvalidParameterError } from "../../../../src/core/errors";
import { expectClose, TOLERANCE_FORMULA } from "../_helpers/expectClose";
import { transformFixture } from "../_helpers/fixture";

describe("geometricAdstock", () => {
  it("carries a single pulse forward with weights decay^l", () => {
    expect(Array.from(geometricAdstock([100, 0, 0, 0], { decay: 0.5 }))).toEqual([
      100, 50, 25, 12.5,
    ]);
  });
  it("returns zeros after maxLag periods of no spend", () => {
    expect(Array.from(geometricAdstock([100, 0, 0, 0], { decay: 0.5, maxLag: 1 }))).toEqual([
      100, 50, 0, 0,
    ]);
  });
  it("keeps total spend when normalised over a finite window", () => {
    const out = geometricAdstock([90, 0, 0, 0, 0], { decay: 0.5, maxLag: 2, normalize: true });
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(90, 12);
  });
  it("rejects a decay of 1", () => {
    expect(() => geometricAdstock([1], { decay: 1 })).toThrow(InvalidParameterError);
  });
  it("rejects a negative or fractional maxLag", () => {
    expect(() => geometricAdstock([1], { decay: 0.2, maxLag: -1 })).toThrow(InvalidParameterError);
    expect(() => geometricAdstock([1], { decay: 0.2, maxLag: 1.5 })).toThrow(InvalidParameterError);
  });
  it.each(transformFixture.geometric)(
    "matches numpy's truncated convolution for decay $decay, maxLag $maxLag, normalize $normalize",
    ({ decay, maxLag, normalize, expected }) => {
      // Source: makeTransformFixtures.py, np.convolve(spend, decay ** arange(maxLag + 1)) (optionally / its sum).
      const out = geometricAdstock(transformFixture.inputs.spend, {
        decay,
        maxLag: maxLag ?? Infinity,
        normalize,
      });
      expectClose(out, expected, TOLERANCE_FORMULA);
    }
  );
  it("never turns non-negative spend negative and leaves exact zeros past the window", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.integer({ min: 0, max: 10 }),
        (spend, decay, maxLag) => {
          const padded = [...spend, ...new Array<number>(maxLag + 1).fill(0), 0];
          const out = geometricAdstock(padded, { decay, maxLag });
          expect(out.every((v) => v >= 0)).toBe(true);
          expect(out[out.length - 1]).toBe(0);
        }
      )
    );
  });
  it("agrees with a direct sum over the window for any maxLag", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.integer({ min: 0, max: 45 }),
        (x, decay, maxLag) => {
          const direct = x.map((_, t) => {
            let sum = 0;
            for (let l = 0; l <= Math.min(maxLag, t); l++)
              sum += Math.pow(decay, l) * (x[t - l] as number);
            return sum;
          });
          expectClose(geometricAdstock(x, { decay, maxLag }), direct, 1e-9);
        }
      )
    );
  });
  it("does not mutate its input", () => {
    const input = [1, 2, 3];
    geometricAdstock(input, { decay: 0.5, maxLag: 1 });
    expect(input).toEqual([1, 2, 3]);
  });
});
