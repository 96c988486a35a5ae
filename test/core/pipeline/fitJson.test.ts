import { describe, expect, it } from "@jest/globals";
import type { MmmResult } from "../../../src/core/model/types";
import { fitJson } from "../../../src/core/pipeline/fitJson";
import { SAMPLE_RESULT } from "../../taskpane/fixtures/sampleResult";

const test = {
  channel: "tiktok_spend",
  startWeek: "2024-01-01",
  endWeek: "2024-01-08",
  lift: 900,
  roas: null,
  standardError: 100,
  path: "total" as const,
};
const entry = { measured: 900, standardError: 100, before: 700, after: 880, spend: 300 };

describe("fitJson", () => {
  it("gives each calibrated test its read-out end week, null when the lift counts only the test weeks", () => {
    const result: MmmResult = {
      ...SAMPLE_RESULT,
      calibration: {
        iterations: 1,
        method: "test method",
        tests: [
          { ...entry, test: { ...test, readoutEndWeek: "2024-01-22" } },
          { ...entry, test },
        ],
      },
    };
    const tests = fitJson(result).calibration?.tests ?? [];
    expect(tests.map((t) => [t.end_week, t.readout_end_week])).toEqual([
      ["2024-01-08", "2024-01-22"],
      ["2024-01-08", null],
    ]);
    expect(Object.keys(tests[0]!).slice(0, 4)).toEqual([
      "channel",
      "start_week",
      "end_week",
      "readout_end_week",
    ]);
  });

  it("has no calibration key without lift tests", () => {
    expect(fitJson(SAMPLE_RESULT)).not.toHaveProperty("calibration");
  });
});
