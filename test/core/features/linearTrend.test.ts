import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { linearTrend } from "../../../src/core/features/linearTrend";

describe("linearTrend", () => {
  it("runs from 0 to 1 in equal steps", () => {
    expect(Array.from(linearTrend(5))).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  it("is [0] for a single week", () => {
    expect(Array.from(linearTrend(1))).toEqual([0]);
  });
  it("continues the whole series' trend in a window given its offset and span", () => {
    const whole = linearTrend(9);
    const window = linearTrend(4, { offset: 5, span: 9 });
    expect(Array.from(window)).toEqual(Array.from(whole.subarray(5)));
  });
  it("rejects a non-finite offset or span", () => {
    expect(() => linearTrend(3, { offset: Number.NaN })).toThrow(InvalidParameterError);
    expect(() => linearTrend(3, { span: Infinity })).toThrow(InvalidParameterError);
  });
  it("rejects 0 and fractional lengths", () => {
    expect(() => linearTrend(0)).toThrow(InvalidParameterError);
    expect(() => linearTrend(2.5)).toThrow(InvalidParameterError);
  });
});
