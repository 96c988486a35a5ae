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
  readonly kind: string;
  readonly current: number;
  readonly recommended: number;
  readonly change: number;
  readonly currentRevenue: number;
  readonly recommendedRevenue: number;
  readonly marginalRoas: number | null;
  readonly note: string;
}

/**
 * The budget plan: current weekly spend (mean of the plan window) against the recommended split at the same total,
 * with each channel's weekly revenue, marginal ROAS and bound, and the expected change (with its interval when
 * bootstrap models were given).
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
    kind: line.kind,
    current: line.current,
    recommended: line.recommended,
    change: line.current > 0 ? line.recommended / line.current - 1 : Number.NaN,
    currentRevenue: line.currentRevenue,
    recommendedRevenue: line.recommendedRevenue,
    marginalRoas: line.marginalRoas,
    note: line.bound === null ? "" : BOUND_TEXT[line.bound],
  }));
  const totals: BudgetRow = {
    channel: "Total",
    kind: "",
    current: budget.totalCurrent,
    recommended: budget.totalRecommended,
    change:
      budget.totalCurrent > 0 ? budget.totalRecommended / budget.totalCurrent - 1 : Number.NaN,
    currentRevenue: budget.revenueCurrent,
    recommendedRevenue: budget.revenueRecommended,
    marginalRoas: null,
    note: "",
  };
  const interval = budget.expectedChangeInterval;
  const tiles = statTiles([
    {
      label: "Weekly budget",
      value: formatNumber(budget.totalCurrent),
      note: `mean of the last ${budget.windowWeeks} weeks`,
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
      { header: "Kind", cell: (r) => r.kind },
      { header: "Spend now", cell: (r) => formatNumber(r.current), kind: "number" },
      { header: "Spend plan", cell: (r) => formatNumber(r.recommended), kind: "number" },
      { header: "Change", cell: (r) => formatNumber(r.change, "signedPercent"), kind: "number" },
      { header: "Revenue now", cell: (r) => formatNumber(r.currentRevenue), kind: "number" },
      { header: "Revenue plan", cell: (r) => formatNumber(r.recommendedRevenue), kind: "number" },
      {
        header: "Marginal ROAS",
        cell: (r) => formatNumber(r.marginalRoas, "ratio"),
        kind: "number",
      },
      { header: "At bound", cell: (r) => r.note },
    ],
    rows,
    {
      caption: "Weekly spend and revenue: now (mean of the window) vs the plan (same total)",
      footer: [totals],
    }
  );
  const notes = [
    "A channel's revenue is its weekly incremental revenue (social channels: their direct path; the mediator's line " +
      "carries what comes through it); the totals row is predicted weekly revenue over the plan window. Each channel " +
      "may move between its bounds (50%–150% of current spend by default); 'At bound' names the one it stopped at.",
    ...(budget.converged
      ? []
      : ["The optimiser did not fully converge: treat the split as approximate."]),
  ];
  const noteHtml = notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join("");
  return { id: "budget", heading: "Budget plan", html: tiles + table + noteHtml };
}
