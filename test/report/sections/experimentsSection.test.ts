import { describe, expect, it } from "@jest/globals";
import { calibratedSampleResult } from "../../_shared/calibratedSampleResult";
import { liftTestCandidate } from "../../_shared/liftTestCandidate";
import type { MmmResult } from "../../../src/core/model/types";
import { experimentsSection } from "../../../src/report/sections/experimentsSection";
import { SAMPLE_RESULT } from "../../taskpane/fixtures/sampleResult";

const plan = liftTestCandidate("<tiktok>", 900);

describe("experimentsSection", () => {
  it("is left out when the run has neither lift tests nor a test plan", () => {
    expect(experimentsSection(SAMPLE_RESULT as MmmResult, null)).toBeNull();
    expect(experimentsSection(SAMPLE_RESULT as MmmResult, [])).toBeNull();
  });

  it("shows each calibrated test's read-out end week, and a dash for a test without one", () => {
    const result = calibratedSampleResult();
    const html = experimentsSection(result, null)?.html ?? "";
    expect(html).toContain("Last read-out week");
    const rows = html.split("<tr").filter((row) => row.includes("tiktok_spend"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("2024-01-22");
    expect(rows[1]).not.toContain("2024-01-22");
    expect(rows[1]).toContain("—");
  });

  it("shows the test plan from the table model, text escaped", () => {
    const section = experimentsSection(SAMPLE_RESULT as MmmResult, [plan]);
    expect(section?.heading).toBe("Experiments");
    expect(section?.html).toContain("&lt;tiktok&gt;");
    expect(section?.html).not.toContain("<tiktok>");
    expect(section?.html).toContain("Which channel to test next");
  });
});
