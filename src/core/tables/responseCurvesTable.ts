import type { BudgetPlan } from "../analysis/types";
import { TABLE_TITLE_PREFIX } from "./constants";
import { column, numberCell } from "./_internal/tableParts";
import type { Table } from "./types";

/** What one row of the Response curves table means. */
export const RESPONSE_CURVES_DESCRIPTION =
  "One point of a channel's response curve: a weekly spend, the weekly incremental revenue it brings and the " +
  "revenue of the next unit of spend (marginal ROAS).";

/**
 * The Response curves table: every point of every channel's curve (weekly spend from 0 to twice its largest week).
 * @param plan - the run's budget plan (its curves).
 * @returns The table (no total row: points of a curve are alternatives).
 * @example responseCurvesTable(plan).columns.map((c) => c.key) // => ["channel", "weekly_spend", "weekly_revenue", "marginal_roas"]
 * @see https://developers.google.com/meridian/docs/user-guide/budget-optimization-scenarios (response curves)
 */
export function responseCurvesTable(plan: BudgetPlan): Table {
  return {
    id: "responseCurves",
    title: `${TABLE_TITLE_PREFIX} Response curves`,
    fileName: "response_curves.csv",
    description: RESPONSE_CURVES_DESCRIPTION,
    columns: [
      column("channel", "Channel", "text"),
      column("weekly_spend", "Weekly spend", "currency/week"),
      column("weekly_revenue", "Weekly revenue", "currency/week"),
      column("marginal_roas", "Marginal ROAS", "ratio"),
    ],
    rows: plan.channels.flatMap((line) =>
      line.curve.map((point) => [
        line.channel,
        numberCell(point.spend),
        numberCell(point.revenue),
        numberCell(point.marginalRoas),
      ])
    ),
    total: null,
    notes: [
      "The same curves as the Budget table (headline, observed-mediator model). Weekly revenue is incremental: " +
        "the revenue lost at zero spend of that channel." +
        (plan.mediator === null
          ? ""
          : " It is gross: the google spend the channel induces is not subtracted (the Budget table's net " +
            "columns and the plan subtract it)."),
      plan.window.statement,
    ],
  };
}
