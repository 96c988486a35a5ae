import { contributionParts } from "../../core/decomposition/contributionParts";
import type { MmmResult } from "../../core/model/types";
import { FORMAT_CURRENCY, FORMAT_DATE, SHEET_NAMES } from "../constants";
import { isoToExcelSerial } from "./excelDate";
import type { CellValue, SheetSpec } from "./SheetSpec";

/**
 * Maps a fit result to the MMM Contributions sheet: week by week, the base (every driver at its reference), trend,
 * seasonality, each control, each social channel's direct part and its part via the mediator, the mediator's own
 * part, and the fitted total they add up to. Each header states the part's reference ("vs mean 99.24", "vs zero
 * spend"). No total row: the stacked area chart spans every row and a total would dwarf the weeks.
 * @param result - fitMmm's result.
 * @param weeks - ISO date of each week, oldest first: `[periods]`.
 * @returns The sheet with a stacked chart over all columns but the last.
 * @example contributionsSheet(result, dataset.weeks).header[1] // => "Base (every driver at its reference)"
 * @see https://facebookexperimental.github.io/Robyn/docs/outputs-diagnostics (decomposition plot)
 */
export function contributionsSheet(result: MmmResult, weeks: readonly string[]): SheetSpec {
  const c = result.contributions;
  const parts = contributionParts(c, result.roles);
  const header = [
    "Week",
    ...parts.map((part) =>
      part.kind === "base" ? part.label : `${part.label} (${part.reference})`
    ),
    "Total (fitted)",
  ];
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
