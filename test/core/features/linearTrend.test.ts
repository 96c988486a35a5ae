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
  it("rejects 0 and fractional lengths", () => {
    expect(() => linearTrend(0)).toThrow(InvalidParameterError);
    expect(() => linearTrend(2.5)).toThrow(InvalidParameterError);
  });
});
