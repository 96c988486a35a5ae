import { MAX_ABS_VALUE } from "../constants";
import { parseNumberText } from "./parseNumberText";
import { showCell, type CellValue } from "./readCell";
import type { DataRow } from "./readDates";
import type { IssueCollector } from "./IssueCollector";
import { cellIssue, type SheetFrame } from "./SheetFrame";

/** A role column read as numbers, in data-row order; cells that are not numbers are NaN. */
export interface NumericColumn {
  readonly values: Float64Array;
  /** True when every cell was a usable number. */
  readonly complete: boolean;
}

/**
 * Reads one used column as numbers, reporting blanks (`missing_value`), Excel errors, text or booleans
 * (`non_numeric`), separator-ambiguous text (`ambiguous_number`), magnitudes above {@link MAX_ABS_VALUE}
 * (`value_too_large`) and, for spend columns and the outcome, negative values. Text such as `1,234`, `$2,500` or
 * `12%` is read by {@link parseNumberText}.
 * @param kind - `spend` (social, mediator) rejects negative values; `control` reads TRUE/FALSE flags as 1/0
 *   (a promotion flag is a legitimate control; spend or revenue as TRUE is a mistake)
 */
export function readNumericColumn(
  frame: SheetFrame,
  columnIndex: number,
  rows: readonly DataRow[],
  kind: "spend" | "control" | "outcome",
  collector: IssueCollector,
  decimalSeparator: "." | "," = "."
): NumericColumn {
  const values = new Float64Array(rows.length);
  let complete = true;
  rows.forEach((row, index) => {
    const raw: CellValue = row.cells[columnIndex] ?? { kind: "blank" };
    values[index] = Number.NaN;
    const parsed = raw.kind === "text" ? parseNumberText(raw.text, decimalSeparator) : null;
    if (raw.kind === "text" && parsed?.kind === "ambiguous") {
      complete = false;
      collector.add(
        cellIssue(frame, "ambiguous_number", columnIndex, row.gridRow, {
          value: showCell(raw),
          decimalSeparator,
        })
      );
      return;
    }
    const cell: CellValue = parsed?.kind === "number" ? parsed : raw;
    if (cell.kind === "number") {
      if (Math.abs(cell.value) > MAX_ABS_VALUE) {
        collector.add(
          cellIssue(frame, "value_too_large", columnIndex, row.gridRow, {
            value: cell.value,
            limit: MAX_ABS_VALUE,
          })
        );
        complete = false;
        return;
      }
      values[index] = cell.value;
      if (kind !== "control" && cell.value < 0) {
        const code = kind === "spend" ? "negative_spend" : "negative_outcome";
        collector.add(cellIssue(frame, code, columnIndex, row.gridRow, { value: cell.value }));
        complete = false;
      }
      return;
    }
    if (cell.kind === "boolean" && kind === "control") {
      values[index] = cell.value ? 1 : 0;
      return;
    }
    complete = false;
    if (cell.kind === "blank")
      collector.add(cellIssue(frame, "missing_value", columnIndex, row.gridRow, {}));
    else if (cell.kind === "error") {
      collector.add(
        cellIssue(frame, "excel_error", columnIndex, row.gridRow, { value: cell.text })
      );
    } else {
      collector.add(
        cellIssue(frame, "non_numeric", columnIndex, row.gridRow, { value: showCell(cell) })
      );
    }
  });
  return { values, complete };
}
