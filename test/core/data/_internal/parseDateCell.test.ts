import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import {
  dayNumber,
  isoOfDay,
  parseDateCell,
  resolvePair,
} from "../../../../src/core/data/_internal/parseDateCell";
import { readCell } from "../../../../src/core/data/_internal/readCell";

const parse = (value: unknown) => parseDateCell(readCell(value));
const iso = (value: unknown) => {
  const cell = parse(value);
  return cell.kind === "day" ? isoOfDay(cell.day) : cell.kind;
};

describe("parseDateCell", () => {
  // Excel: =TEXT(45186,"yyyy-mm-dd") → 2023-09-17; =TEXT(1,"yyyy-mm-dd") → 1900-01-01; 59 → 1900-02-28; 60 is the fictitious 1900-02-29; 61 → 1900-03-01.
  it.each([
    [45186, "2023-09-17"],
    [45186.75, "2023-09-17"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [2958465, "9999-12-31"],
  ])("reads the Excel serial %p as %s", (serial, expected) => {
    expect(iso(serial)).toBe(expected);
  });
  it.each([[0], [-1], [60], [2958466]])(
    "refuses %p, which Excel cannot show as a real date",
    (serial) => {
      expect(parse(serial).kind).toBe("invalid");
    }
  );
  it.each([
    ["2023-09-17", "2023-09-17"],
    ["2023/9/7", "2023-09-07"],
    ["2023-09-17 00:00:00", "2023-09-17"],
    ["2023-09-17T00:00:00Z", "2023-09-17"],
  ])("reads ISO text %p", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });
  it.each([["2023-13-01"], ["2023-02-29"], ["1899-12-31"], ["Sept 17"], ["17/09"]])(
    "refuses %p",
    (text) => {
      expect(parse(text).kind).toBe("invalid");
    }
  );
  it("keeps day/month text as a pair for the column to resolve", () => {
    expect(parse("17/09/2023")).toEqual({ kind: "pair", first: 17, second: 9, year: 2023 });
    expect(parse("9.17.23")).toEqual({ kind: "pair", first: 9, second: 17, year: 2023 });
    expect(resolvePair({ first: 17, second: 9, year: 2023 }, "dayFirst")).toBe(
      dayNumber(2023, 9, 17)
    );
    expect(resolvePair({ first: 17, second: 9, year: 2023 }, "monthFirst")).toBeUndefined();
  });
  it("reads Date objects, blanks and errors", () => {
    expect(iso(new Date(Date.UTC(2024, 1, 29)))).toBe("2024-02-29");
    expect(parse(new Date(Date.UTC(12000, 0, 1))).kind).toBe("invalid");
    expect(parse("").kind).toBe("blank");
    expect(parse("#N/A")).toEqual({ kind: "error", text: "#N/A" });
  });
  it("round-trips every day between 1900 and 9999 through ISO text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber(1900, 1, 1) ?? 0, max: dayNumber(9999, 12, 31) ?? 0 }),
        (day) => {
          expect(iso(isoOfDay(day))).toBe(isoOfDay(day));
        }
      )
    );
  });
});
