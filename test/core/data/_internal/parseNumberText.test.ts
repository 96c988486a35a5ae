import { describe, expect, it } from "@jest/globals";
import { parseNumberText } from "../../../../src/core/data/_internal/parseNumberText";

describe("parseNumberText", () => {
  it.each([
    ["0%", ".", 0],
    ["100%", ".", 1],
    ["12.5%", ".", 0.125],
    ["1,234", ".", 1234],
    ["$2,500", ".", 2500],
    ["-$2,500.50", ".", -2500.5],
    ["£1,200.00", ".", 1200],
    ["1,234,567.89", ".", 1234567.89],
    ["2.500 €", ",", 2500],
    ["€2.500,00", ",", 2500],
    ["1.234.567,89", ",", 1234567.89],
    ["2,5", ",", 2.5],
    ["USD 40", ".", 40],
  ] as const)("reads %p with %p as the decimal separator as %p", (text, separator, value) => {
    const read = parseNumberText(text, separator);
    expect(read.kind).toBe("number");
    if (read.kind === "number") expect(read.value).toBeCloseTo(value, 10);
  });

  it.each([
    ["2,5", "."],
    ["1.234.567", "."],
    ["€2.500,00", "."],
    ["1 234", "."],
    ["12,34,567", "."],
    ["1,234.5", ","],
  ] as const)("calls %p ambiguous with %p as the decimal separator", (text, separator) => {
    expect(parseNumberText(text, separator).kind).toBe("ambiguous");
  });

  it.each(["twelve", "abc%", "-", "(500)", "$", "%", "1e300x"])("leaves %p as text", (text) => {
    expect(parseNumberText(text, ".").kind).toBe("text");
  });
});
