import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { InvalidParameterError } from "../../../../src/core/errors";
import { hillSaturation } from "../../../../src/core/transforms/saturation/hillSaturation";
import { expectClose, TOLERANCE_FORMULA } from "../_helpers/expectClose";
import { transformFixture } from "../_helpers/fixture";

describe("hillSaturation", () => {
  it("is one half at the half-saturation point", () => {
    expect(Array.from(hillSaturation([0, 50, 100], { halfSaturation: 50, shape: 2 }))).toEqual([
      0, 0.5, 0.8,
    ]);
  });
  it.each(transformFixture.hill)(
    "matches numpy's x^s / (x^s + k^s) for k $halfSaturation, s $shape",
    ({ halfSaturation, shape, expected }) => {
      // Source: makeTransformFixtures.py, spend**s / (spend**s + k**s) in numpy.
      expectClose(
        hillSaturation(transformFixture.inputs.spend, { halfSaturation, shape }),
        expected,
        TOLERANCE_FORMULA
      );
    }
  );
  it("is monotone and stays in [0, 1) up to 1000 times the half-saturation point", () => {
    // Further out 1 / (1 + (k/x)^s) rounds to exactly 1 in double precision, a limit of floating point only.
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: 0.3, max: 4, noNaN: true }),
        (a, b, halfSaturation, shape) => {
          const [low, high] =
            a <= b
              ? [a * halfSaturation, b * halfSaturation]
              : [b * halfSaturation, a * halfSaturation];
          const out = hillSaturation([low, high], { halfSaturation, shape });
          expect(out[0]).toBeGreaterThanOrEqual(0);
          expect(out[1]).toBeLessThan(1);
          expect(out[1]).toBeGreaterThanOrEqual(out[0] as number);
        }
      )
    );
  });
  it("rejects negative input", () => {
    expect(() => hillSaturation([1, -1], { halfSaturation: 1, shape: 1 })).toThrow(
      InvalidParameterError
    );
  });
});
