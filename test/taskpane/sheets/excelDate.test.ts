import fc from "fast-check";
import { excelSerialToIso, isoToExcelSerial } from "../../../src/taskpane/sheets/excelDate";

describe("Excel date serials", () => {
  it("match Excel's serials for known dates", () => {
    // Excel: =DATE(2024,1,1) → 45292; =DATE(1900,3,1) → 61 (after Excel's 1900-02-29 quirk).
    expect(isoToExcelSerial("2024-01-01")).toBe(45292);
    expect(isoToExcelSerial("1900-03-01")).toBe(61);
    expect(excelSerialToIso(45292.75)).toBe("2024-01-01");
  });
  it("round-trip every day between 1901 and 2100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 367, max: 73050 }),
        (serial) => isoToExcelSerial(excelSerialToIso(serial)) === serial
      )
    );
  });
  it("give NaN for text that is not a date", () => {
    expect(isoToExcelSerial("soon")).toBeNaN();
  });
});
