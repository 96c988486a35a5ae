import type { HealthVerdict } from "../../../src/core/health/types";
import { formatNumber } from "../../../src/report/formatNumber";
import { summarySection } from "../../../src/report/sections/summarySection";
import {
  SAMPLE_BUDGET,
  SAMPLE_HEALTH_FAIL,
  SAMPLE_RESULT,
} from "../../taskpane/fixtures/sampleResult";

const withStatus = (status: HealthVerdict["status"]): HealthVerdict => ({
  ...SAMPLE_HEALTH_FAIL,
  status,
  summary: `Verdict ${status}.`,
});

describe("summarySection (At a glance)", () => {
  it("leads with a failing verdict and its drivers, and never with a positive headline", () => {
    const { html } = summarySection(SAMPLE_RESULT, SAMPLE_BUDGET, SAMPLE_HEALTH_FAIL);
    expect(html.indexOf('class="badge badge-fail">Fail</span>')).toBeGreaterThanOrEqual(0);
    expect(html.indexOf("Health verdict")).toBeLessThan(html.indexOf('class="tiles"'));
    expect(html).toContain(SAMPLE_HEALTH_FAIL.summary.replace(/'/g, "&#39;"));
    expect(html).toContain("Holdout forecast loses to the naive forecast");
    expect(html).not.toContain("Highest ROAS");
    expect(html).not.toContain("Budget plan, same total");
    expect(html).not.toMatch(/badge-(pass|review)/);
    expect(html).toContain("not summarised here because the verdict is Fail");
  });

  it("shows the headline figures under pass, with a read-with-care note under review", () => {
    const pass = summarySection(SAMPLE_RESULT, SAMPLE_BUDGET, withStatus("pass")).html;
    expect(pass).toContain('badge-pass">Pass</span> Verdict pass.');
    expect(pass).toContain("Highest ROAS");
    expect(pass).toContain("Budget plan, same total");
    expect(pass).not.toContain("read with care");
    const review = summarySection(SAMPLE_RESULT, SAMPLE_BUDGET, withStatus("review")).html;
    expect(review).toContain("Highest ROAS");
    expect(review.match(/read with care \(verdict: review\)/g)).toHaveLength(2);
  });

  it("heads the budget tile with the change net of induced google spend, the revenue change beside it", () => {
    const html = summarySection(SAMPLE_RESULT, SAMPLE_BUDGET, withStatus("pass")).html;
    expect(html).toContain(
      `${formatNumber(SAMPLE_BUDGET.expectedNetChange, "signedAmount")} / week`
    );
    expect(html).toContain(
      `net of induced google spend; revenue ${formatNumber(SAMPLE_BUDGET.expectedChange, "signedAmount")}`
    );
    const single = summarySection(
      SAMPLE_RESULT,
      { ...SAMPLE_BUDGET, mediator: null },
      withStatus("pass")
    ).html;
    expect(single).toContain(
      `${formatNumber(SAMPLE_BUDGET.expectedChange, "signedAmount")} / week`
    );
    expect(single).not.toContain("induced google spend");
  });

  it("says when no verdict was made", () => {
    expect(summarySection(SAMPLE_RESULT, null, null).html).toContain(
      "Health verdict: not assessed"
    );
  });
});
