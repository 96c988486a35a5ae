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
    expect(table.notes).toContain(
      "Expected change net of induced google spend: 270 per week (revenue change minus the change in google_spend spend)."
    );
  });

  it("shows each channel's induced google spend and revenue net of it, read from the plan, and sums them", () => {
    const labels = table.columns.map((c) => c.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Induced google spend now",
        "Induced google spend recommended",
        "Weekly revenue now, net of induced google spend",
        "Weekly revenue recommended, net of induced google spend",
        "Marginal ROAS, net of induced google spend",
      ])
    );
    SAMPLE_BUDGET.channels.forEach((line, i) => {
      const row = table.rows[i] ?? [];
      expect(row[key("current_induced_google_spend")]).toBe(line.currentInducedSpend);
      expect(row[key("recommended_induced_google_spend")]).toBe(line.recommendedInducedSpend);
      expect(row[key("current_net_revenue")]).toBe(line.currentNetRevenue);
      expect(row[key("recommended_net_revenue")]).toBe(line.recommendedNetRevenue);
    });
    const total = table.total ?? [];
    expect(total[key("recommended_induced_google_spend")]).toBe(SAMPLE_BUDGET.inducedRecommended);
    expect(total[key("recommended_net_revenue")]).toBe(SAMPLE_BUDGET.netIncrementalRecommended);
  });

  it("gives a gross plan of a two-stage model the net columns but a plain marginal ROAS", () => {
    const gross = budgetTable({ ...SAMPLE_BUDGET, inducedSpendAsCost: false });
    const labels = gross.columns.map((c) => c.label);
    expect(labels).toContain("Marginal ROAS");
    expect(labels).toContain("Weekly revenue now, net of induced google spend");
    expect(gross.notes.join(" ")).toMatch(/maximises gross revenue/);
  });

  it("leaves the induced and net columns out for a single-stage model (nothing is induced)", () => {
    const single = budgetTable({ ...SAMPLE_BUDGET, mediator: null, inducedSpendAsCost: false });
    expect(single.columns.map((c) => c.key)).not.toContain("current_net_revenue");
    expect(single.columns.map((c) => c.key)).not.toContain("current_induced_google_spend");
    expect(single.columns.find((c) => c.key === "marginal_roas")?.label).toBe("Marginal ROAS");
    expect(single.notes.join(" ")).not.toMatch(/induced/);
  });
});
