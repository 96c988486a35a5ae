import { describe, expect, it } from "@jest/globals";
import { formatNumber } from "../../src/report/formatNumber";

describe("formatNumber", () => {
  it("writes amounts with thousands separators and no decimals from 100 up", () => {
    expect(formatNumber(1234567.8)).toBe("1,234,568");
    expect(formatNumber(-5500342)).toBe("−5,500,342");
  });

  it("keeps three significant digits for small amounts", () => {
    expect(formatNumber(62.694)).toBe("62.7");
    expect(formatNumber(0.1234)).toBe("0.123");
  });

  it("writes fractions as percentages with one decimal", () => {
    expect(formatNumber(0.1234, "percent")).toBe("12.3%");
    expect(formatNumber(-0.04, "signedPercent")).toBe("−4.0%");
    expect(formatNumber(0.175, "signedPercent")).toBe("+17.5%");
  });

  it("writes ratios with two decimals and signed amounts with their sign", () => {
    expect(formatNumber(1.8449, "ratio")).toBe("1.84");
    expect(formatNumber(1845.2, "signedAmount")).toBe("+1,845");
    expect(formatNumber(12, "count")).toBe("12");
    expect(formatNumber(0.98612, "statistic")).toBe("0.986");
  });

  it("shows a dash, never NaN or null, for a missing value", () => {
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatNumber(value, "ratio")).toBe("—");
    }
  });
});
