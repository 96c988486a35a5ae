import { budgetTable } from "../../../src/core/tables/budgetTable";
import { SAMPLE_BUDGET } from "../../taskpane/fixtures/sampleResult";

describe("budgetTable", () => {
  const table = budgetTable(SAMPLE_BUDGET);
  const key = (k: string) => table.columns.findIndex((c) => c.key === k);

  it("gives each channel its change, share of change and bound in words", () => {
    const facebook = table.rows[0] ?? [];
    expect(facebook[key("change")]).toBe(400);
    expect(facebook[key("change_share")]).toBeCloseTo(0.4, 12);
    expect(table.rows[1]?.[key("at_bound")]).toBe("lower");
    expect(table.rows[0]?.[key("at_bound")]).toBeNull();
  });

  it("sums every money column in the total row and gives the total change as a share of total spend", () => {
    const total = table.total ?? [];
    const sum = (field: "currentRevenue" | "recommendedRevenue" | "min") =>
      SAMPLE_BUDGET.channels.reduce((s, line) => s + line[field], 0);
    expect(total[0]).toBe("Total");
    expect(total[key("current_weekly_spend")]).toBe(SAMPLE_BUDGET.totalCurrent);
    expect(total[key("current_weekly_revenue")]).toBe(sum("currentRevenue"));
    expect(total[key("recommended_weekly_revenue")]).toBe(sum("recommendedRevenue"));
    expect(total[key("min")]).toBe(sum("min"));
    expect(total[key("change_share")]).toBeCloseTo(
      (SAMPLE_BUDGET.totalRecommended - SAMPLE_BUDGET.totalCurrent) / SAMPLE_BUDGET.totalCurrent,
      12
    );
    expect(total[key("marginal_roas")]).toBeNull();
  });

  it("states the window, the predicted revenue with the baseline and the expected change in the notes", () => {
    expect(table.notes[0]).toBe(SAMPLE_BUDGET.window.statement);
    expect(table.notes).toContain(
      "Predicted weekly revenue including the baseline: 11,000 now, 11,300 with the plan; expected change 300 per week."
    );
    expect(table.notes).toContain(
      "google_spend (predicted, not allocated): 750 a week now, 780 with the plan."
    );
  });
});
