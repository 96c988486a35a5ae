import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { DECAY_BOUND, MAX_LAG_BOUND } from "../../../src/core/transforms/constants";
import { checkParameter, isWithinBound } from "../../../src/core/transforms/parameterBound";

describe("checkParameter", () => {
  it("accepts values inside and rejects values outside a half-open range", () => {
    expect(isWithinBound(0, DECAY_BOUND)).toBe(true);
    expect(isWithinBound(1, DECAY_BOUND)).toBe(false);
    expect(() => checkParameter("decay", 1, DECAY_BOUND)).toThrow(InvalidParameterError);
  });
  it("names the parameter and the range in the error", () => {
    expect(() => checkParameter("decay", -0.5, DECAY_BOUND)).toThrow(
      /decay .* at least 0 and below 1 \(got -0.5\)/
    );
  });
  it("accepts Infinity but not fractions for whole-number bounds", () => {
    expect(isWithinBound(Infinity, MAX_LAG_BOUND)).toBe(true);
    expect(isWithinBound(2.5, MAX_LAG_BOUND)).toBe(false);
    expect(() => checkParameter("maxLag", 2.5, MAX_LAG_BOUND)).toThrow(/whole number/);
  });
});
