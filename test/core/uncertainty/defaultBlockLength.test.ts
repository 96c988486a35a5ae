import { describe, expect, it } from "@jest/globals";
import { defaultBlockLength } from "../../../src/core/uncertainty/defaultBlockLength";
import { MIN_BLOCK_LENGTH_WEEKS } from "../../../src/core/uncertainty/constants";
import { InvalidParameterError } from "../../../src/core/errors";

describe("defaultBlockLength", () => {
  it("gives 5 weeks for two years of weekly data (⌈104^(1/3)⌉ = ⌈4.70⌉)", () => {
    expect(defaultBlockLength(104)).toBe(5);
  });
  it("never goes below a month of weeks when the series is long enough", () => {
    for (const periods of [4, 8, 27, 52, 63, 64]) {
      expect(defaultBlockLength(periods)).toBe(MIN_BLOCK_LENGTH_WEEKS);
    }
  });
  it("follows the cube-root rule for long series, exactly on perfect cubes", () => {
    expect(defaultBlockLength(125)).toBe(5);
    expect(defaultBlockLength(126)).toBe(6);
    expect(defaultBlockLength(216)).toBe(6);
    expect(defaultBlockLength(1000)).toBe(10);
  });
  it("never exceeds the number of weeks", () => {
    expect(defaultBlockLength(1)).toBe(1);
    expect(defaultBlockLength(3)).toBe(3);
  });
  it("rejects a number of weeks that is not a positive whole number", () => {
    expect(() => defaultBlockLength(0)).toThrow(InvalidParameterError);
    expect(() => defaultBlockLength(10.5)).toThrow(InvalidParameterError);
    expect(() => defaultBlockLength(NaN)).toThrow(InvalidParameterError);
  });
});
