import { describe, expect, it } from "@jest/globals";
import { applySaturation } from "../../../../src/core/transforms/saturation/applySaturation";

describe("applySaturation", () => {
  it("dispatches hill and logistic specs to their curves", () => {
    expect(
      Array.from(applySaturation([0, 50], { kind: "hill", halfSaturation: 50, shape: 1 }))
    ).toEqual([0, 0.5]);
    expect(applySaturation([2], { kind: "logistic", steepness: 1 })[0]).toBeCloseTo(
      Math.tanh(1),
      15
    );
  });
});
