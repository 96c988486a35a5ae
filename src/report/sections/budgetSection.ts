import type { BudgetPlan } from "../../core/analysis/types";
import { budgetTable } from "../../core/tables/budgetTable";
import { formatNumber } from "../formatNumber";
import { tableHtml } from "../tableHtml";
import { statTiles } from "../statTiles";
import type { ReportSection } from "../types";

/**
 * The budget plan: current weekly spend (mean of the plan window) against the recommended split at the same total,
 * with each channel's weekly revenue, marginal ROAS and bound, and the expected change (with its interval when
 * bootstrap models were given). In a two-stage model it adds each channel's induced google spend and revenue net of
 * it, and the expected change net of induced google spend, which is what the plan maximised. Every figure is read
 * from the plan (through the Budget table), never recomputed.
 *
 * @param budget - `planBudget`'s result
 * @returns the section
 * @example
 * budgetSection(plan).heading; // => "Budget plan"
 * @see Meridian's budget optimiser (marginal ROAS equalised across unbounded channels)
 */
export function budgetSection(budget: BudgetPlan): ReportSection {
  const interval = budget.expectedChangeInterval;
  const netInterval = budget.expectedNetChangeInterval;
  const net =
    budget.mediator === null
      ? []
      : [
          {
            label: "Expected change net of induced google spend",
            value: formatNumber(budget.expectedNetChange, "signedAmount"),
            note:
              netInterval === null
                ? `revenue change minus the change in ${budget.mediator.channel} spend`
                : `90% interval ${formatNumber(netInterval.lower, "signedAmount")} to ${formatNumber(netInterval.upper, "signedAmount")}`,
          },
        ];
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
    ...net,
    {
      label: "Marginal ROAS target",
      value: formatNumber(budget.marginalRoasTarget, "ratio"),
      note: budget.inducedSpendAsCost
        ? "net of induced google spend, shared by unbounded channels"
        : "shared by unbounded channels",
    },
  ]);
  const table = tableHtml(budgetTable(budget), {
    columns: [
      "channel",
      "current_weekly_spend",
      "recommended_weekly_spend",
      "change_share",
      "current_weekly_revenue",
      "recommended_weekly_revenue",
      "recommended_induced_google_spend",
      "recommended_net_revenue",
      "marginal_roas",
      "at_bound",
    ],
    caption: `Weekly spend and revenue: now vs the plan (same total). ${budget.window.statement}`,
  });
  return { id: "budget", heading: "Budget plan", html: tiles + table };
}
