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
