import type { MmmResult } from "../../src/core/model/types";
import { SAMPLE_RESULT } from "../taskpane/fixtures/sampleResult";

/** The sample result calibrated with two tiktok tests of the same weeks: one read out to 2024-01-22, one without. */
export function calibratedSampleResult(): MmmResult {
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
  return {
    ...(SAMPLE_RESULT as MmmResult),
    calibration: {
      iterations: 1,
      method: "test method",
      tests: [
        { ...entry, test: { ...test, readoutEndWeek: "2024-01-22" } },
        { ...entry, test },
      ],
    },
  };
}
