import { describe, expect, it } from "@jest/globals";
import { estimateTextWidth } from "../../src/report/estimateTextWidth";

describe("estimateTextWidth", () => {
  it("is close to DejaVu Sans' width of a typical label", () => {
    // DejaVu Sans 11 px: "facebook_spend" is 89 px wide in Chromium (measured with canvas measureText).
    expect(estimateTextWidth("facebook_spend", 11, false)).toBeGreaterThan(80);
    expect(estimateTextWidth("facebook_spend", 11, false)).toBeLessThan(100);
  });

  it("grows with the font size, the text and bold weight", () => {
    const base = estimateTextWidth("revenue", 11, false);
    expect(estimateTextWidth("revenue", 22, false)).toBeCloseTo(2 * base, 10);
    expect(estimateTextWidth("revenues", 11, false)).toBeGreaterThan(base);
    expect(estimateTextWidth("revenue", 11, true)).toBeGreaterThan(base);
  });

  it("gives narrow letters less room than wide ones", () => {
    expect(estimateTextWidth("iiii", 10, false)).toBeLessThan(estimateTextWidth("mmmm", 10, false));
  });
});
