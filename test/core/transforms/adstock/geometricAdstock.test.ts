import { geometricAdstock } from "../../../../src/core/transforms/adstock/geometricAdstock";
import { InvalidParameterError } from "../../../../src/core/errors";

describe("geometricAdstock", () => {
  it("carries a single pulse forward with weights decay^l", () => {
    expect(Array.from(geometricAdstock([100, 0, 0, 0], { decay: 0.5 }))).toEqual([100, 50, 25, 12.5]);
  });
  it("returns zeros after maxLag periods of no spend", () => {
    expect(Array.from(geometricAdstock([100, 0, 0, 0], { decay: 0.5, maxLag: 1 }))).toEqual([100, 50, 0, 0]);
  });
  it("keeps total spend when normalised over a finite window", () => {
    const out = geometricAdstock([90, 0, 0, 0, 0], { decay: 0.5, maxLag: 2, normalize: true });
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(90, 12);
  });
  it("rejects a decay of 1", () => {
    expect(() => geometricAdstock([1], { decay: 1 })).toThrow(InvalidParameterError);
  });
});
