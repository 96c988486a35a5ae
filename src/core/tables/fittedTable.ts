import type { MmmResult } from "../model/types";
import { TABLE_TITLE_PREFIX } from "./constants";
import { column, numberCell } from "./_internal/tableParts";
import type { Table, TableCell } from "./types";

/** What one row of the Fitted table means. */
export const FITTED_DESCRIPTION =
  "One week: actual and fitted outcome, the training-only forecast (out of sample in holdout weeks), whether the " +
  "week was used for training or held out, and the same for the mediator stage.";

/**
 * The Fitted table: week by week, actual, fitted and forecast of both stages and the week's set (train/holdout),
 * with a line chart of actual vs fitted outcome over its first three columns.
 * @param result - the run's fit result.
 * @param weeks - ISO date of each week, oldest first (the Dataset's `weeks`): `[periods]`.
 * @returns The table (no total row).
 * @example fittedTable(result, dataset.weeks).columns.slice(1, 3).map((c) => c.label) // => ["revenue actual", "revenue fitted"]
 * @see https://otexts.com/fpp3/accuracy.html (training vs test forecasts)
 */
export function fittedTable(result: MmmResult, weeks: readonly string[]): Table {
  const outcome = result.series.stage2;
  const mediator = result.series.stage1;
  const outcomeName = result.roles.outcome;
  const mediatorName = result.roles.mediator ?? "mediator";
  const columns = [
    column("week", "Week", "date"),
    column("revenue", `${outcomeName} actual`, "currency"),
    column("revenue_fitted", `${outcomeName} fitted`, "currency"),
    column("revenue_forecast", `${outcomeName} forecast`, "currency"),
    column("set", "Set", "text"),
    ...(mediator
      ? [
          column("mediator", `${mediatorName} actual`, "currency"),
          column("mediator_fitted", `${mediatorName} fitted`, "currency"),
          column("mediator_forecast", `${mediatorName} forecast`, "currency"),
        ]
      : []),
  ];
  const rows = Array.from(outcome.actual, (actual, t): TableCell[] => {
    const row: TableCell[] = [
      weeks[t] ?? null,
      numberCell(actual),
      numberCell(outcome.fitted[t]),
      numberCell(outcome.forecast[t]),
      outcome.isHoldout[t] ? "holdout" : "train",
    ];
    if (mediator)
      row.push(
        numberCell(mediator.actual[t]),
        numberCell(mediator.fitted[t]),
        numberCell(mediator.forecast[t])
      );
    return row;
  });
  return {
    id: "fitted",
    title: `${TABLE_TITLE_PREFIX} Fitted`,
    fileName: "fitted.csv",
    description: FITTED_DESCRIPTION,
    columns,
    rows,
    total: null,
    notes: [
      `Fitted: the reported model (${result.options.finalFit === "all" ? "refit on all weeks" : "fit on the training weeks"}). ` +
        `Forecast: the training-only model, out of sample from ${result.data.holdoutStart ?? "no week (no holdout)"}.`,
    ],
    chart: {
      kind: "line",
      title: `${outcomeName}: actual vs fitted`,
      firstColumn: 0,
      columnCount: 3,
    },
  };
}
