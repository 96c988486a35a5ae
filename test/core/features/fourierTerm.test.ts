import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { fourierFeatures } from "../../../src/core/features/fourierFeatures";
import { fourierTerm } from "../../../src/core/features/fourierTerm";

describe("fourierTerm", () => {
  it("is sin or cos of 2πk(t + offset)/period", () => {
    const sin = fourierTerm(6, { fn: "sin", harmonic: 2, period: 12, offset: 1 });
    const cos = fourierTerm(6, { fn: "cos", harmonic: 2, period: 12, offset: 1 });
    for (let t = 0; t < 6; t++) {
      const angle = (2 * Math.PI * 2 * (t + 1)) / 12;
      expect(sin[t]).toBeCloseTo(Math.sin(angle), 14);
      expect(cos[t]).toBeCloseTo(Math.cos(angle), 14);
    }
  });
  it("is the column fourierFeatures names for the same harmonic, bit for bit", () => {
    const pairs = fourierFeatures(20, { order: 3, offset: 7 });
    expect(Array.from(fourierTerm(20, { fn: "cos", harmonic: 3, offset: 7 }))).toEqual(
      Array.from(pairs.columns[5] ?? [])
    );
  });
  it("rejects a fractional harmonic, a period of 0 and a non-finite offset", () => {
    expect(() => fourierTerm(4, { fn: "sin", harmonic: 1.5 })).toThrow(InvalidParameterError);
    expect(() => fourierTerm(4, { fn: "sin", harmonic: 1, period: 0 })).toThrow(
      InvalidParameterError
    );
    expect(() => fourierTerm(4, { fn: "sin", harmonic: 1, offset: Infinity })).toThrow(
      InvalidParameterError
    );
  });
});
