import { describe, expect, it } from "@jest/globals";
import {
  formatPValue,
  formatStatistic,
  humanName,
  humanPair,
} from "../../../../src/core/diagnostics/_internal/formatValue";

describe("formatValue helpers", () => {
  it("rounds statistics to whole numbers from 10 up and to 2 decimals below", () => {
    expect(formatStatistic(14.4)).toBe("14");
    expect(formatStatistic(0.9012)).toBe("0.9");
    expect(formatStatistic(1.966)).toBe("1.97");
    expect(formatStatistic(Number.POSITIVE_INFINITY)).toBe("∞");
    expect(formatStatistic(Number.NaN)).toBe("NaN");
  });

  it("writes small p-values as an upper bound", () => {
    expect(formatPValue(1e-9)).toBe("p < 0.001");
    expect(formatPValue(0.0456)).toBe("p = 0.046");
  });

  it("turns headers into words and shares a common last word between two names", () => {
    expect(humanName("facebook_spend")).toBe("Facebook spend");
    expect(humanPair("facebook_spend", "tiktok_spend")).toBe("Facebook and Tiktok spend");
    expect(humanPair("average_price", "trend")).toBe("Average price and Trend");
  });
});
