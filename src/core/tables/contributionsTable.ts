import type { MmmResult } from "../model/types";
import { contributionParts } from "../attribution/contributionParts";
import { TABLE_TITLE_PREFIX, TOTAL_LABEL, ZERO_SUM_TOLERANCE } from "./constants";
import { column, numberCell, sumRow, uniqueKeys } from "./_internal/tableParts";
import type { Table, TableCell, TableRow } from "./types";

/** What one row of the Contributions table means. */
export const CONTRIBUTIONS_DESCRIPTION =
  "One week of the fitted outcome split by source, each against a stated reference: the base (every driver at its " +
  "reference), trend, seasonality, each control, each social channel's direct part and its part through the " +
  "mediator, and the mediator's own part; the parts add up to the fitted total and the total row sums the weeks.";

/** The total row with sums that are rounding noise (below ZERO_SUM_TOLERANCE of Σ|fitted|) shown as 0. */
function snapNoise(total: TableRow, fitted: ArrayLike<number>): TableRow {
  let scale = 0;
  for (let t = 0; t < fitted.length; t++) scale += Math.abs(fitted[t] as number);
  return total.map((cell) =>
    typeof cell === "number" && Math.abs(cell) < ZERO_SUM_TOLERANCE * scale ? 0 : cell
  );
}

/**
 * The Contributions table (headline, observed-mediator variant): week by week, every part of the fitted outcome —
 * the base (every driver at its reference), trend, seasonality, each control measured against its mean (or the
 * chosen base), each social channel's direct part and its part through the mediator and the mediator's own part
 * (media against zero spend) — and the fitted total they add up to exactly. Each column's label states its
 * reference; the total row sums every column over the weeks; the stacked chart covers the weeks only.
 * @param result - the run's fit result.
 * @param weeks - ISO date of each week, oldest first: `[periods]`.
 * @returns The table with its total row.
 * @example contributionsTable(result, dataset.weeks).columns[1]?.label // => "Base (every driver at its reference)"
 * @see https://facebookexperimental.github.io/Robyn/docs/outputs-diagnostics (decomposition plot)
 */
export function contributionsTable(result: MmmResult, weeks: readonly string[]): Table {
  const c = result.contributions;
  const parts = contributionParts(c, result.roles);
  // The fixed columns claim their keys first, so a data column named "week" or "fitted" is the one renamed.
  const [week, fittedTotal, ...partColumns] = uniqueKeys([
    column("week", "Week", "date"),
    column("fitted", "Fitted total", "currency"),
    ...parts.map((part) =>
      column(
        part.key,
        part.kind === "base" ? part.label : `${part.label} (${part.reference})`,
        "currency"
      )
    ),
  ]);
  const columns = [week, ...partColumns, fittedTotal].filter((col) => col !== undefined);
  const rows = Array.from(c.fitted, (fitted, t): TableCell[] => [
    weeks[t] ?? null,
    ...parts.map((part) => numberCell(part.values[t])),
    numberCell(fitted),
  ]);
  return {
    id: "contributions",
    title: `${TABLE_TITLE_PREFIX} Contributions`,
    fileName: "contributions.csv",
    description: CONTRIBUTIONS_DESCRIPTION,
    columns,
    rows,
    total: snapNoise(sumRow(columns, rows, [TOTAL_LABEL]), c.fitted),
    notes: [
      "Each part is measured against a stated reference (in its column header): controls against their mean over " +
        "the fitted weeks (or the base you chose), media against zero spend, trend and seasonality against their " +
        "mean; the base is the revenue with every driver at its reference. Every week's parts add up exactly to " +
        "the fitted total, and the total row sums each column over the weeks (headline, observed-mediator model).",
      c.attribution,
    ],
    chart: {
      kind: "stackedArea",
      title: "Weekly contributions",
      firstColumn: 0,
      columnCount: columns.length - 1,
    },
  };
}
