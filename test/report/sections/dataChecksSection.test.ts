import { dataChecksSection } from "../../../src/report/sections/dataChecksSection";
import { SAMPLE_DATA_CHECKS } from "../../taskpane/fixtures/sampleResult";

describe("dataChecksSection", () => {
  it("tables the checks to act on with a badge and folds the passed ones away", () => {
    const { html, heading } = dataChecksSection(SAMPLE_DATA_CHECKS);
    expect(heading).toBe("Data checks");
    const details = html.indexOf("<details>");
    const review = html.indexOf("TikTok spend is always on");
    expect(review).toBeGreaterThanOrEqual(0);
    expect(review).toBeLessThan(details);
    expect(html).toContain('<span class="badge badge-review">Review</span>');
    expect(html).toContain("Pause TikTok spend for a few weeks, or vary it more.");
    expect(html.indexOf("TikTok spend varies enough")).toBeGreaterThan(details);
    expect(html).toContain("1 passed check<");
  });

  it("says when the checks could not run", () => {
    expect(dataChecksSection([]).html).toContain("could not run");
  });
});
