import { describe, expect, it } from "@jest/globals";
import { fitJson } from "../../../src/core/pipeline/fitJson";
import { calibratedSampleResult } from "../../_shared/calibratedSampleResult";
import { SAMPLE_RESULT } from "../../taskpane/fixtures/sampleResult";

describe("fitJson", () => {
  it("gives each calibrated test its read-out end week, null when the lift counts only the test weeks", () => {
    const result = calibratedSampleResult();
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
