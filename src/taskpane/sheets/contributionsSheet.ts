import type { MmmResult } from "../../core/model/types";
import { FORMAT_CURRENCY, FORMAT_DATE, SHEET_NAMES } from "../constants";
import { isoToExcelSerial } from "./excelDate";
import type { CellValue, SheetSpec } from "./SheetSpec";

/**
 * Maps a fit result to the MMM Contributions sheet: week by week, the baseline, each control, each social channel's
 * direct part and its part via the mediator, the mediator's own part, and the fitted total (the parts add up to it).
 * A stacked area chart shows every part except the total.
 * @param result - fitMmm's result.
 * @param weeks - ISO date of each week, oldest first: `[periods]`.
 * @returns The sheet with a stacked chart over all columns but the last.
 * @example contributionsSheet(result, dataset.weeks).header[1] // => "Baseline"
 * @see https://facebookexperimental.github.io/Robyn/docs/outputs-diagnostics (decomposition plot)
 */
export function contributionsSheet(result: MmmResult, weeks: readonly string[]): SheetSpec {
  const c = result.contributions;
  const mediator = result.roles.mediator;
  const parts: { readonly label: string; readonly values: ArrayLike<number> }[] = [
    { label: "Baseline", values: c.baseline },
  ];
  for (const [column, values] of Object.entries(c.controls)) parts.push({ label: column, values });
  for (const [channel, values] of Object.entries(c.direct))
    parts.push({ label: `${channel} direct`, values });
  if (mediator) {
    for (const [channel, values] of Object.entries(c.indirect))
      parts.push({ label: `${channel} via ${mediator}`, values });
    parts.push({ label: `${mediator} own`, values: c.mediator });
  }
  const header = ["Week", ...parts.map((part) => part.label), "Fitted total"];
  const rows = Array.from(c.fitted, (fitted, i): CellValue[] => [
    isoToExcelSerial(weeks[i] ?? ""),
    ...parts.map((part) => part.values[i] ?? ""),
    fitted,
  ]);
  return {
    name: SHEET_NAMES.contributions,
    header,
    rows,
    numberFormats: header.map((_, index) => (index === 0 ? FORMAT_DATE : FORMAT_CURRENCY)),
    chart: {
      kind: "stackedArea",
      title: "Weekly contributions",
      firstColumn: 0,
      columnCount: header.length - 1,
    },
  };
}
