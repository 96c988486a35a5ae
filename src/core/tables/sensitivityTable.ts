import type { Sensitivity } from "../analysis/types";
import { TABLE_TITLE_PREFIX } from "./constants";
import { column, numberCell } from "./_internal/tableParts";
import type { Table } from "./types";

/** What one row of the Sensitivity table means. */
export const SENSITIVITY_DESCRIPTION =
  "One price change with promotions on or off: predicted revenue over the scenario window and its change against " +
  "the baseline (the last weeks' prices and promotions repeated).";

/**
 * The Sensitivity table: the price × promotion scenario grid.
 * @param sensitivity - the run's sensitivity analysis.
 * @returns The table (no total row: scenarios are alternatives, not parts).
 * @example sensitivityTable(s).columns.map((c) => c.label) // => ["Price change", "Promotions", "Revenue", "Change", "Change %"]
 * @see https://en.wikipedia.org/wiki/Price_elasticity_of_demand
 */
export function sensitivityTable(sensitivity: Sensitivity): Table {
  const grid = sensitivity.grid;
  return {
    id: "sensitivity",
    title: `${TABLE_TITLE_PREFIX} Sensitivity`,
    fileName: "sensitivity.csv",
    description: SENSITIVITY_DESCRIPTION,
    columns: [
      column("price_change", "Price change", "percent"),
      column("promotions", "Promotions", "text"),
      column("revenue", "Revenue", "currency"),
      column("change", "Change", "currency"),
      column("change_share", "Change %", "percent"),
    ],
    rows: grid.scenarios.map((s) => [
      numberCell(s.priceChange),
      s.promotions,
      numberCell(s.revenue),
      numberCell(s.change),
      numberCell(s.changeShare),
    ]),
    total: null,
    notes: [
      `Revenue is predicted over the next ${grid.windowWeeks} weeks by the headline (observed-mediator) model; the ` +
        `baseline repeats the last weeks' ${grid.priceColumn ?? "prices"} and ${grid.promotionColumn ?? "promotions"} ` +
        `(predicted revenue ${Math.round(grid.baselineRevenue).toLocaleString("en-US")}). "Promotions on" = every window week.`,
    ],
  };
}
