import { describe, expect, it } from "@jest/globals";
import { revenuePerLinearUnit } from "../../../src/core/model/revenuePerLinearUnit";

describe("revenuePerLinearUnit", () => {
  it("is expm1(x)/x away from zero", () => {
    expect(revenuePerLinearUnit(0)).toBe(1);
    expect(revenuePerLinearUnit(1)).toBeCloseTo(Math.E - 1, 14);
    expect(revenuePerLinearUnit(-2)).toBeCloseTo((1 - Math.exp(-2)) / 2, 14);
  });

  it("takes its series near zero, where expm1(x)/x would lose digits or divide 0 by 0", () => {
    // 1 + x/2 + x²/6: the x² term is below double precision here, so the two-term series is exact to rounding.
    expect(revenuePerLinearUnit(1e-10)).toBe(1 + 1e-10 / 2);
    expect(revenuePerLinearUnit(-1e-10)).toBe(1 - 1e-10 / 2);
  });
});
