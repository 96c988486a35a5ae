import type { BudgetLine, BudgetPlan } from "../analysis/types";
import { TABLE_TITLE_PREFIX, TOTAL_LABEL } from "./constants";
import { column, numberCell, sumRow } from "./_internal/tableParts";
import type { Table, TableCell, TableRow } from "./types";

/** What one row of the Budget table means. */
export const BUDGET_DESCRIPTION =
  "One channel's weekly spend now (mean of the model's last weeks) and recommended at the same total, its allowed " +
  "range, its weekly incremental revenue at both, the google spend it induces and its revenue net of induced google " +
  "spend at both (two-stage models), and its marginal ROAS; the total row sums the channels.";

/** What the plan's "net" means, in the user's words (headers and notes). */
const NET_LABEL = "net of induced google spend";

/** A bound in words. */
const BOUND_TEXT: Readonly<Record<NonNullable<BudgetLine["bound"]>, string>> = {
  min: "lower",
  max: "upper",
  fixed: "fixed",
};

/** change ÷ base as a fraction, null without a base. */
const share = (change: number, base: number): TableCell =>
  base > 0 ? numberCell(change / base) : null;

/** Rounded money for a note. */
const money = (value: number): string => Math.round(value).toLocaleString("en-US");

/**
 * The Budget table: per channel, current and recommended weekly spend, the change, the bounds, weekly incremental
 * revenue at both, and in a two-stage model the google spend the channel induces and its revenue net of induced
 * google spend at both, then the marginal ROAS of the curve the plan maximised (net when the plan counts induced
 * spend as cost); a total row sums every money column (its change % is the total change ÷ the total current spend).
 * Predicted weekly revenue including the baseline and the expected change, gross and net of induced google spend,
 * are in the notes. The notes state the one spend-response window (the same sentence MMM.OPTIMIZE spills) and the
 * mediator's predicted spend at both splits. Every figure is read from the plan, never recomputed.
 * @param plan - the run's budget plan (weekly amounts).
 * @returns The table with its total row.
 * @example budgetTable(plan).total?.[0] // => "Total"
 * @see https://developers.google.com/meridian/docs/user-guide/budget-optimization-scenarios
 */
export function budgetTable(plan: BudgetPlan): Table {
  const twoStage = plan.mediator !== null;
  const columns = [
    column("channel", "Channel", "text"),
    column("current_weekly_spend", "Current weekly spend", "currency/week"),
    column("recommended_weekly_spend", "Recommended weekly spend", "currency/week"),
    column("change", "Change", "currency/week"),
    column("change_share", "Change %", "percent"),
    column("min", "Lowest allowed", "currency/week"),
    column("max", "Highest allowed", "currency/week"),
    column("current_weekly_revenue", "Weekly revenue now", "currency/week"),
    column("recommended_weekly_revenue", "Weekly revenue recommended", "currency/week"),
    ...(twoStage
      ? [
          column("current_induced_google_spend", "Induced google spend now", "currency/week"),
          column(
            "recommended_induced_google_spend",
            "Induced google spend recommended",
            "currency/week"
          ),
          column("current_net_revenue", `Weekly revenue now, ${NET_LABEL}`, "currency/week"),
          column(
            "recommended_net_revenue",
            `Weekly revenue recommended, ${NET_LABEL}`,
            "currency/week"
          ),
        ]
      : []),
    column(
      "marginal_roas",
      plan.inducedSpendAsCost ? `Marginal ROAS, ${NET_LABEL}` : "Marginal ROAS",
      "ratio"
    ),
    column("at_bound", "At bound", "text"),
  ];
  const rows: TableRow[] = plan.channels.map((line) => [
    line.channel,
    numberCell(line.current),
    numberCell(line.recommended),
    numberCell(line.recommended - line.current),
    share(line.recommended - line.current, line.current),
    numberCell(line.min),
    numberCell(line.max),
    numberCell(line.currentRevenue),
    numberCell(line.recommendedRevenue),
    ...(twoStage
      ? [
          numberCell(line.currentInducedSpend),
          numberCell(line.recommendedInducedSpend),
          numberCell(line.currentNetRevenue),
          numberCell(line.recommendedNetRevenue),
        ]
      : []),
    numberCell(line.marginalRoas),
    line.bound === null ? null : BOUND_TEXT[line.bound],
  ]);
  const total = sumRow(columns, rows, [
    TOTAL_LABEL,
    null,
    null,
    null,
    share(plan.totalRecommended - plan.totalCurrent, plan.totalCurrent),
  ]);
  const interval = plan.expectedChangeInterval;
  const netInterval = plan.expectedNetChangeInterval;
  const range = (bounds: { readonly lower: number; readonly upper: number } | null): string =>
    bounds ? ` (90% interval ${money(bounds.lower)} to ${money(bounds.upper)})` : "";
  return {
    id: "budget",
    title: `${TABLE_TITLE_PREFIX} Budget`,
    fileName: "budget.csv",
    description: BUDGET_DESCRIPTION,
    columns,
    rows,
    total,
    notes: [
      plan.window.statement,
      "A channel's revenue is its weekly incremental revenue from the headline (observed-mediator) model, through " +
        "both paths (direct and via the mediator); the total row is the sum of the channels.",
      ...(plan.mediator === null
        ? []
        : [
            `${plan.mediator.channel} (predicted, not allocated): ${money(plan.mediator.current)} a week now, ` +
              `${money(plan.mediator.recommended)} with the plan.`,
            `Induced google spend is the ${plan.mediator.channel} spend a channel brings about (stage 1's prediction ` +
              `with the channel at its spend minus at 0); revenue ${NET_LABEL} = weekly revenue − induced google ` +
              "spend. " +
              (plan.inducedSpendAsCost
                ? `The plan maximises the channels' revenue ${NET_LABEL}: money moves away from a channel whose ` +
                  "revenue is bought with expensive google clicks."
                : "This plan maximises gross revenue (induced google spend not counted as a cost)."),
          ]),
      `Predicted weekly revenue including the baseline: ${money(plan.revenueCurrent)} now, ` +
        `${money(plan.revenueRecommended)} with the plan; expected change ${money(plan.expectedChange)} per week` +
        `${range(interval)}.`,
      ...(plan.mediator === null
        ? []
        : [
            `Expected change ${NET_LABEL}: ${money(plan.expectedNetChange)} per week${range(netInterval)} ` +
              `(revenue change minus the change in ${plan.mediator.channel} spend).`,
          ]),
      `Unbounded channels share a marginal ROAS${plan.inducedSpendAsCost ? ` ${NET_LABEL}` : ""} of ` +
        `${plan.marginalRoasTarget.toFixed(2)}; "At bound" names the bound a channel stopped at.`,
      ...(plan.converged
        ? []
        : ["The optimiser did not fully converge: treat the split as approximate."]),
    ],
  };
}
