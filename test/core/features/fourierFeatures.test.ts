import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { fourierFeatures } from "../../../src/core/features/fourierFeatures";

describe("fourierFeatures", () => {
  it("names sin/cos pairs by harmonic", () => {
    expect(fourierFeatures(10, { order: 3 }).names).toEqual([
      "sin_1",
      "cos_1",
      "sin_2",
      "cos_2",
      "sin_3",
      "cos_3",
    ]);
  });
  it("starts at sin 0, cos 1 and repeats after one period", () => {
    const { columns } = fourierFeatures(9, { order: 1, period: 4 });
    const [sin, cos] = columns as [Float64Array, Float64Array];
    expect(sin[0]).toBe(0);
    expect(cos[0]).toBe(1);
    expect(sin[1]).toBeCloseTo(1, 15);
    expect(sin[8]).toBeCloseTo(0, 14);
    expect(cos[4]).toBeCloseTo(1, 14);
  });
  it("uses a 52.18-week yearly period by default", () => {
    const { columns } = fourierFeatures(53, { order: 1 });
    // Source: sin(2π · 13 / 52.18) evaluated directly.
    expect(columns[0]?.[13]).toBeCloseTo(Math.sin((2 * Math.PI * 13) / 52.18), 15);
  });
  it("shifts the cycle by the offset so later windows line up", () => {
    const full = fourierFeatures(20, { order: 2 });
    const later = fourierFeatures(10, { order: 2, offset: 10 });
    for (let c = 0; c < 4; c++) {
      for (let t = 0; t < 10; t++)
        expect(later.columns[c]?.[t]).toBeCloseTo(full.columns[c]?.[t + 10] as number, 12);
    }
  });
  it("rejects bad periods, order, period and offset", () => {
    expect(() => fourierFeatures(0, { order: 1 })).toThrow(InvalidParameterError);
    expect(() => fourierFeatures(5, { order: 0 })).toThrow(InvalidParameterError);
    expect(() => fourierFeatures(5, { order: 1, period: 0 })).toThrow(InvalidParameterError);
    expect(() => fourierFeatures(5, { order: 1, offset: Number.NaN })).toThrow(
      InvalidParameterError
    );
  });
});
