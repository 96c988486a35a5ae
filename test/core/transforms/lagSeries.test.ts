import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { lagSeries } from "../../../src/core/transforms/lagSeries";

describe("lagSeries", () => {
  it("shifts later and fills the first weeks with 0", () => {
    expect(Array.from(lagSeries([1, 2, 3], 1))).toEqual([0, 1, 2]);
  });
  it("shifts earlier for a negative lag, using the given fill", () => {
    expect(Array.from(lagSeries([1, 2, 3], -2, 9))).toEqual([3, 9, 9]);
  });
  it("returns only fill when the lag exceeds the series", () => {
    expect(Array.from(lagSeries([1, 2], 5))).toEqual([0, 0]);
  });
  it("rejects a fractional lag", () => {
    expect(() => lagSeries([1], 0.5)).toThrow(InvalidParameterError);
  });
});
