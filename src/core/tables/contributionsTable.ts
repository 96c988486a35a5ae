import type { MmmResult } from "../model/types";
import { TABLE_TITLE_PREFIX } from "./constants";
import { column, numberCell, uniqueKeys } from "./_internal/tableParts";
import type { Table, TableCell, TableColumn } from "./types";

/** What one row of the Contributions table means. */
export const CONTRIBUTIONS_DESCRIPTION =
  "One week of the fitted outcome split by source: baseline (intercept, trend, season), each control, each social " +
  "channel's direct part and its part through the mediator, and the mediator's own part; the parts add up to the " +
  "fitted total.";

/** One part: its column and its weekly values. */
interface Part {
  readonly column: TableColumn;
  readonly values: ArrayLike<number>;
}

/**
 * The Contributions table (headline, observed-mediator variant): week by week, every part of the fitted outcome and
 * the fitted total they add up to, with a stacked area chart of the parts (every column but the last).
 * Written against the current `Contributions` type: each part is the driver's term of the model, measured against
 * the driver at zero (the multiplicative form's split is stated in the notes).
 * @param result - the run's fit result.
 * @param weeks - ISO date of each week, oldest first: `[periods]`.
 * @returns The table (no total row: a week column has no total; the report sums the columns over weeks).
 * @example contributionsTable(result, dataset.weeks).columns[1]?.label // => "Baseline (intercept, trend, season)"
 * @see https://facebookexperimental.github.io/Robyn/docs/outputs-diagnostics (decomposition plot)
 */
export function contributionsTable(result: MmmResult, weeks: readonly string[]): Table {
  const c = result.contributions;
  const mediator = result.roles.mediator;
  const parts: Part[] = [
    {
      column: column("baseline", "Baseline (intercept, trend, season)", "currency"),
      values: c.baseline,
    },
  ];
  for (const [name, values] of Object.entries(c.controls))
    parts.push({ column: column(name, name, "currency"), values });
  for (const [channel, values] of Object.entries(c.direct))
    parts.push({ column: column(`${channel}_direct`, `${channel} direct`, "currency"), values });
  if (mediator) {
    for (const [channel, values] of Object.entries(c.indirect))
      parts.push({
        column: column(`${channel}_via_mediator`, `${channel} via ${mediator}`, "currency"),
        values,
      });
    parts.push({
      column: column(`${mediator}_own`, `${mediator} own`, "currency"),
      values: c.mediator,
    });
  }
  // The fixed columns claim their keys first, so a data column named "week" or "fitted" is the one renamed.
  const [week, fittedTotal, ...partColumns] = uniqueKeys([
    column("week", "Week", "date"),
    column("fitted", "Fitted total", "currency"),
    ...parts.map((part) => part.column),
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
    total: null,
    notes: [
      "Each part is its driver's term in the fitted model (the headline, observed-mediator variant), measured " +
        "against that driver at zero; every week's parts add up to the fitted total.",
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
