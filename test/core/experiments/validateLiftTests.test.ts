import { describe, expect, it } from "@jest/globals";
import { liftTestWindow } from "../../../src/core/experiments/liftTestWindow";
import { validateLiftTests } from "../../../src/core/experiments/validateLiftTests";
import { InvalidParameterError } from "../../../src/core/errors";

const weeks = Array.from({ length: 20 }, (_, t) =>
  new Date(Date.UTC(2024, 0, 1 + 7 * t)).toISOString().slice(0, 10)
);
const context = { weeks, social: ["tiktok_spend", "facebook_spend"] };
const HEADER = ["channel", "start_week", "end_week", "lift", "roas", "standard_error", "path"];

describe("validateLiftTests", () => {
  it("reads valid tests, blank path meaning total and blank rows skipped", () => {
    const out = validateLiftTests(
      [
        HEADER,
        ["tiktok_spend", "2024-01-15", "2024-03-04", 52000, null, 9000, null],
        [null, null, null, null, null, null, null],
        ["Facebook_spend ", "2024-02-05", "2024-02-26", "", 1.4, 0.3, "Direct"],
      ],
      { ...context, social: ["tiktok_spend", "Facebook_spend"] }
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.tests).toEqual([
      {
        channel: "tiktok_spend",
        startWeek: "2024-01-15",
        endWeek: "2024-03-04",
        lift: 52000,
        roas: null,
        standardError: 9000,
        path: "total",
        row: 2,
      },
      {
        channel: "Facebook_spend",
        startWeek: "2024-02-05",
        endWeek: "2024-02-26",
        lift: null,
        roas: 1.4,
        standardError: 0.3,
        path: "direct",
        row: 4,
      },
    ]);
    expect(liftTestWindow(out.tests[0]!, weeks)).toEqual({ start: 2, end: 9, readoutEnd: 9 });
  });

  it("names the cell of every problem in one pass", () => {
    const out = validateLiftTests(
      [
        HEADER,
        ["snapchat_spend", "2023-06-05", "2024-01-08", 100, null, 0, "total"],
        ["tiktok_spend", "2024-03-04", "2024-01-15", 100, 2, -1, "via google"],
        ["tiktok_spend", "soon", "2024-01-15", null, null, "n/a", null],
      ],
      context,
      { sheetName: "Tests", firstRow: 3, firstColumn: 2 }
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues.map((issue) => [issue.code, issue.cell ?? issue.row])).toEqual([
      ["unknown_channel", "Tests!B4"],
      ["week_outside_data", "Tests!C4"],
      ["non_positive_standard_error", "Tests!G4"],
      ["week_order", "Tests!D5"],
      ["both_measures", 5],
      ["non_positive_standard_error", "Tests!G5"],
      ["bad_path", "Tests!H5"],
      ["bad_week", "Tests!C6"],
      ["non_numeric", "Tests!G6"],
      ["missing_measure", 6],
    ]);
    expect(out.issues[0]!.message).toContain("tiktok_spend, facebook_spend");
  });

  it("reads an optional read-out end week; a table without the column reads as before", () => {
    const rows = [
      ["tiktok_spend", "2024-01-15", "2024-03-04", 52000, null, 9000, null],
      ["facebook_spend", "2024-02-05", "2024-02-26", null, 1.4, 0.3, "direct"],
    ];
    const without = validateLiftTests([HEADER, ...rows], context);
    const withColumn = validateLiftTests(
      [
        [...HEADER, "Readout End Week"],
        [...rows[0]!, "2024-04-01"],
        [...rows[1]!, null],
      ],
      context
    );
    expect(without.ok && withColumn.ok).toBe(true);
    if (!without.ok || !withColumn.ok) return;
    expect(without.tests.every((test) => test.readoutEndWeek === undefined)).toBe(true);
    expect(withColumn.tests[0]).toEqual({ ...without.tests[0], readoutEndWeek: "2024-04-01" });
    expect(withColumn.tests[1]).toEqual(without.tests[1]);
    expect(liftTestWindow(withColumn.tests[0]!, weeks)).toEqual({
      start: 2,
      end: 9,
      readoutEnd: 13,
    });
  });

  it("names the read-out cell when it is not a date, outside the data or before the end week", () => {
    const out = validateLiftTests(
      [
        [...HEADER, "readout_end_week"],
        ["tiktok_spend", "2024-01-15", "2024-03-04", 52000, null, 9000, null, "later"],
        ["tiktok_spend", "2024-01-15", "2024-03-04", 52000, null, 9000, null, "2024-07-01"],
        ["tiktok_spend", "2024-01-15", "2024-03-04", 52000, null, 9000, null, "2024-02-26"],
        ["tiktok_spend", "2024-01-15", "2024-03-04", 52000, null, 9000, null, "2024-03-06"],
      ],
      context,
      { sheetName: "Tests", firstRow: 3, firstColumn: 2 }
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["bad_week", "Tests!I4"],
      ["week_outside_data", "Tests!I5"],
      ["week_order", "Tests!I6"],
    ]);
    expect(out.issues.every((issue) => issue.column === "readout_end_week")).toBe(true);
    expect(out.issues[0]!.message).toContain("leave it blank");
    expect(out.issues[1]!.message).toContain("add the read-out's weeks to the data");
    expect(out.issues[2]!.message).toContain("before the end week 2024-03-04");
  });

  it("reports missing columns before reading any row", () => {
    const out = validateLiftTests([["channel", "start_week", "end_week"]], context);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues.map((issue) => issue.column)).toEqual(["standard_error", "lift"]);
  });
});

describe("liftTestWindow", () => {
  it("throws for a test outside the data", () => {
    const test = {
      channel: "tiktok_spend",
      startWeek: "2025-01-06",
      endWeek: "2025-02-03",
      lift: 1,
      roas: null,
      standardError: 1,
      path: "total" as const,
    };
    expect(() => liftTestWindow(test, weeks)).toThrow(InvalidParameterError);
  });
});
