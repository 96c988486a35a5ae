import { describe, expect, it } from "@jest/globals";
import {
  cellAddress,
  columnLetters,
  qualifiedAddress,
} from "../../../../src/core/data/_internal/cellAddress";

describe("cellAddress", () => {
  // Excel: =ADDRESS(1, n, 4) gives A1, Z1, AA1, AZ1, BA1, ZZ1, AAA1, XFD1 for n = 1, 26, 27, 52, 53, 702, 703, 16384.
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("names column %p %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });
  it("joins letters and row", () => {
    expect(cellAddress(4, 17)).toBe("D17");
  });
  it("adds the sheet name, quoting it when Excel would", () => {
    expect(qualifiedAddress("D17", undefined)).toBe("D17");
    expect(qualifiedAddress("D17", "")).toBe("D17");
    expect(qualifiedAddress("D17", "Sheet1")).toBe("Sheet1!D17");
    expect(qualifiedAddress("D17", "Bob's data")).toBe("'Bob''s data'!D17");
  });
});
