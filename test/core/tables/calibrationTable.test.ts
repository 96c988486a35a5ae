import { describe, expect, it } from "@jest/globals";
import type { CalibrationReport } from "../../../src/core/model/types";
import { calibrationTable } from "../../../src/core/tables/calibrationTable";

const REPORT: CalibrationReport = {
  iterations: 2,
  method: "test method",
  tests: [
    {
      test: {
        channel: "tiktok_spend",
        startWeek: "2024-03-04",
        endWeek: "2024-04-22",
        lift: 12_000,
        roas: null,
        standardError: 2_000,
        path: "total",
      },
      measured: 12_000,
      standardError: 2_000,
      before: 6_000,
      after: 11_000,
      spend: 8_000,
    },
  ],
};

describe("calibrationTable", () => {
  it("puts each test's measured lift beside the model's before and after, and the gaps in standard errors", () => {
    const table = calibrationTable(REPORT);
    const key = (k: string) => table.columns.findIndex((c) => c.key === k);
    const row = table.rows[0] ?? [];
    expect(row[key("channel")]).toBe("tiktok_spend");
    expect(row[key("start_week")]).toBe("2024-03-04");
    expect(row[key("measured_lift")]).toBe(12_000);
    expect(row[key("model_lift_before")]).toBe(6_000);
    expect(row[key("model_lift_after")]).toBe(11_000);
    expect(row[key("before_in_standard_errors")]).toBe(-3);
    expect(row[key("after_in_standard_errors")]).toBe(-0.5);
    expect(table.notes[0]).toBe("test method");
    expect(table.fileName).toBe("calibration.csv");
  });

  it("shows the read-out end week as a date beside the last week, blank when the test has none", () => {
    const first = REPORT.tests[0]!;
    const readout = { ...first, test: { ...first.test, readoutEndWeek: "2024-05-13" } };
    const table = calibrationTable({ ...REPORT, tests: [readout, first] });
    const keys = table.columns.map((c) => c.key);
    const at = keys.indexOf("readout_end_week");
    expect(at).toBe(keys.indexOf("end_week") + 1);
    expect(table.columns[at]!.unit).toBe("date");
    expect(table.rows.map((row) => row[at])).toEqual(["2024-05-13", null]);
    expect(table.rows.every((row) => row.length === keys.length)).toBe(true);
  });

  it("names the channels whose shape the tests re-chose, and says nothing of shapes when none moved", () => {
    expect(calibrationTable(REPORT).notes.join(" ")).not.toMatch(/re-chose/);
    expect(calibrationTable({ ...REPORT, shapesChanged: [] }).notes).toHaveLength(2);
    const notes = calibrationTable({ ...REPORT, shapesChanged: ["tiktok_spend"] }).notes;
    expect(notes).toHaveLength(3);
    expect(notes[2]).toMatch(/re-chose the carry-over and saturation of tiktok_spend/);
  });
});
