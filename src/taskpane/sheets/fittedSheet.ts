import type { MmmResult } from "../../core/model/types";
import { FORMAT_CURRENCY, FORMAT_DATE, FORMAT_GENERAL, SHEET_NAMES } from "../constants";
import { isoToExcelSerial } from "./excelDate";
import type { CellValue, SheetSpec } from "./SheetSpec";

/**
 * Maps a fit result to the MMM Fitted sheet: week by week, actual and fitted outcome, the training-only forecast
 * (out of sample in holdout weeks), whether the week is held out, and the same for the mediator stage when present.
 * A line chart shows actual vs fitted.
 * @param result - fitMmm's result.
 * @param weeks - ISO date of each week, oldest first (the Dataset's `weeks`): `[periods]`.
 * @returns The sheet with a line chart over its first three columns.
 * @example fittedSheet(result, dataset.weeks).header.slice(0, 3) // => ["Week", "revenue actual", "revenue fitted"]
 * @see https://otexts.com/fpp3/accuracy.html (training vs test forecasts)
 */
export function fittedSheet(result: MmmResult, weeks: readonly string[]): SheetSpec {
  const outcome = result.series.stage2;
  const mediator = result.series.stage1;
  const outcomeName = result.roles.outcome;
  const mediatorName = result.roles.mediator ?? "mediator";
  const header = [
    "Week",
    `${outcomeName} actual`,
    `${outcomeName} fitted`,
    `${outcomeName} forecast`,
    "Holdout week",
  ];
  if (mediator) header.push(`${mediatorName} actual`, `${mediatorName} fitted`);
  const rows = Array.from(outcome.actual, (actual, i): CellValue[] => {
    const row: CellValue[] = [
      isoToExcelSerial(weeks[i] ?? ""),
      actual,
      outcome.fitted[i] ?? "",
      outcome.forecast[i] ?? "",
      outcome.isHoldout[i] ?? false,
    ];
    if (mediator) row.push(mediator.actual[i] ?? "", mediator.fitted[i] ?? "");
    return row;
  });
  return {
    name: SHEET_NAMES.fitted,
    header,
    rows,
    numberFormats: header.map((_, c) =>
      c === 0 ? FORMAT_DATE : c === 4 ? FORMAT_GENERAL : FORMAT_CURRENCY
    ),
    chart: {
      kind: "line",
      title: `${outcomeName}: actual vs fitted`,
      firstColumn: 0,
      columnCount: 3,
    },
  };
}
