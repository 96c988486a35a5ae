import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../../src/core/errors";
import { logisticSaturation } from "../../../../src/core/transforms/saturation/logisticSaturation";
import { expectClose, TOLERANCE_FORMULA } from "../_helpers/expectClose";
import { transformFixture } from "../_helpers/fixture";

describe("logisticSaturation", () => {
  it("equals tanh(λx/2)", () => {
    expect(logisticSaturation([1], { steepness: 2 })[0]).toBeCloseTo(Math.tanh(1), 15);
  });
  it.each(transformFixture.logistic)(
    "matches pymc-marketing's formula for steepness $steepness",
    ({ steepness, expected }) => {
      // Source: makeTransformFixtures.py, (1 − exp(−λx)) / (1 + exp(−λx)) in numpy.
      expectClose(
        logisticSaturation(transformFixture.inputs.spend, { steepness }),
        expected,
        TOLERANCE_FORMULA
      );
    }
  );
  it("rejects negative input and a steepness of 0", () => {
    expect(() => logisticSaturation([-1], { steepness: 1 })).toThrow(InvalidParameterError);
    expect(() => logisticSaturation([1], { steepness: 0 })).toThrow(InvalidParameterError);
  });
});
