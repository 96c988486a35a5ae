import type { BudgetLine, BudgetPlan } from "../../core/analysis/types";
import { escapeHtml } from "../escapeHtml";
import { formatNumber } from "../formatNumber";
import { htmlTable } from "../htmlTable";
import { statTiles } from "../statTiles";
import type { ReportSection } from "../types";

/** What a bound means, in words, for the table. */
const BOUND_TEXT: Readonly<Record<NonNullable<BudgetLine["bound"]>, string>> = {
  min: "lower",
  max: "upper",
  fixed: "fixed",
};

interface BudgetRow {
  readonly channel: string;
  readonly current: number;
  readonly recommended: number;
  readonly change: number;
  readonly currentRevenue: number;
  readonly recommendedRevenue: number;
  readonly marginalRoas: number | null;
  readonly note: string;
}

/**
 * The budget plan: current weekly spend against the recommended split at the same total, with each line's weekly
 * incremental revenue, marginal ROAS and bound, a total row that is the sum of the lines, the mediator's predicted
 * spend, predicted weekly revenue with the baseline and the expected change (with its interval when bootstrap models
 * were given), and the window the plan is defined on.
 *
 * @param budget - `planBudget`'s result
 * @returns the section
 * @example
 * budgetSection(plan).heading; // => "Budget plan"
 * @see Meridian's budget optimiser (marginal ROAS equalised across unbounded channels)
 */
export function budgetSection(budget: BudgetPlan): ReportSection {
  const rows: BudgetRow[] = budget.channels.map((line) => ({
    channel: line.channel,
    current: line.current,
    recommended: line.recommended,
    change: line.current > 0 ? line.recommended / line.current - 1 : Number.NaN,
    currentRevenue: line.currentRevenue,
    recommendedRevenue: line.recommendedRevenue,
    marginalRoas: line.marginalRoas,
    note: line.bound === null ? "" : BOUND_TEXT[line.bound],
  }));
  const relative = (current: number, recommended: number): number =>
    current > 0 ? recommended / current - 1 : Number.NaN;
  const totals: BudgetRow = {
    channel: "Total",
    current: budget.totalCurrent,
    recommended: budget.totalRecommended,
    change: relative(budget.totalCurrent, budget.totalRecommended),
    currentRevenue: budget.incrementalCurrent,
    recommendedRevenue: budget.incrementalRecommended,
    marginalRoas: null,
    note: "sum of the lines",
  };
  const footer: BudgetRow[] = [totals];
  if (budget.mediator) {
    const { channel, current, recommended } = budget.mediator;
    footer.push({
      channel: `${channel} (predicted)`,
      current,
      recommended,
      change: relative(current, recommended),
      currentRevenue: Number.NaN,
      recommendedRevenue: Number.NaN,
      marginalRoas: null,
      note: "follows social spend; not in the total",
    });
  }
  footer.push({
    channel: "Predicted weekly revenue (baseline included)",
    current: Number.NaN,
    recommended: Number.NaN,
    change: relative(budget.revenueCurrent, budget.revenueRecommended),
    currentRevenue: budget.revenueCurrent,
    recommendedRevenue: budget.revenueRecommended,
    marginalRoas: null,
    note: "",
  });
  const interval = budget.expectedChangeInterval;
  const tiles = statTiles([
    {
      label: "Weekly budget",
      value: formatNumber(budget.totalCurrent),
      note: `mean of the last ${budget.window.currentSpendWeeks} weeks`,
    },
    {
      label: "Expected revenue change per week",
      value: formatNumber(budget.expectedChange, "signedAmount"),
      note:
        interval === null
          ? `${formatNumber(budget.expectedChange / budget.revenueCurrent, "signedPercent")} of predicted revenue`
          : `90% interval ${formatNumber(interval.lower, "signedAmount")} to ${formatNumber(interval.upper, "signedAmount")}`,
    },
    {
      label: "Marginal ROAS target",
      value: formatNumber(budget.marginalRoasTarget, "ratio"),
      note: "shared by unbounded channels",
    },
  ]);
  const table = htmlTable(
    [
      { header: "Channel", cell: (r: BudgetRow) => r.channel },
      { header: "Spend now", cell: (r) => formatNumber(r.current), kind: "number" },
      { header: "Spend plan", cell: (r) => formatNumber(r.recommended), kind: "number" },
      { header: "Change", cell: (r) => formatNumber(r.change, "signedPercent"), kind: "number" },
      {
        header: "Incremental revenue now",
        cell: (r) => formatNumber(r.currentRevenue),
        kind: "number",
      },
      {
        header: "Incremental revenue plan",
        cell: (r) => formatNumber(r.recommendedRevenue),
        kind: "number",
      },
      {
        header: "Marginal ROAS",
        cell: (r) => formatNumber(r.marginalRoas, "ratio"),
        kind: "number",
      },
      { header: "At bound", cell: (r) => r.note },
    ],
    rows,
    {
      caption: "Weekly spend and revenue: now vs the plan (same total)",
      footer,
    }
  );
  const notes = [
    budget.window.statement,
    "A line's revenue is its weekly incremental revenue (direct and mediated paths); the Total row is their sum. " +
      "Predicted weekly revenue includes the baseline. Each channel may move between its bounds (50%–150% of " +
      "current spend by default); 'At bound' names the one it stopped at.",
    ...(budget.converged
      ? []
      : ["The optimiser did not fully converge: treat the split as approximate."]),
  ];
  const noteHtml = notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join("");
  return { id: "budget", heading: "Budget plan", html: tiles + table + noteHtml };
}
