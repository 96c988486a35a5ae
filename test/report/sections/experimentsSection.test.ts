import { describe, expect, it } from "@jest/globals";
import type { LiftTestCandidate } from "../../../src/core/experiments/rankLiftTests";
import type { MmmResult } from "../../../src/core/model/types";
import { experimentsSection } from "../../../src/report/sections/experimentsSection";
import { SAMPLE_RESULT } from "../../taskpane/fixtures/sampleResult";

const plan: LiftTestCandidate = {
  channel: "<tiktok>",
  change: 0.5,
  weeks: 8,
  weeklySpend: 1_000,
  expectedLift: 4_000,
  standardError: 1_200,
  relativeSe: 0.3,
  weeksNeeded: 6,
  roasIntervalWidth: 0.9,
  revenueAtStake: 900,
};

describe("experimentsSection", () => {
  it("is left out when the run has neither lift tests nor a test plan", () => {
    expect(experimentsSection(SAMPLE_RESULT as MmmResult, null)).toBeNull();
    expect(experimentsSection(SAMPLE_RESULT as MmmResult, [])).toBeNull();
  });

  it("shows the test plan from the table model, text escaped", () => {
    const section = experimentsSection(SAMPLE_RESULT as MmmResult, [plan]);
    expect(section?.heading).toBe("Experiments");
    expect(section?.html).toContain("&lt;tiktok&gt;");
    expect(section?.html).not.toContain("<tiktok>");
    expect(section?.html).toContain("Which channel to test next");
  });
});
