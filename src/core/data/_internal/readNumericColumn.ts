import { showCell } from "./readCell";
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
 * (`non_numeric`) and, for spend columns, negative values.
 * @param kind - `spend` (social, mediator) rejects negative values; `control` reads TRUE/FALSE flags as 1/0
 *   (a promotion flag is a legitimate control; spend or revenue as TRUE is a mistake)
 */
export function readNumericColumn(
  frame: SheetFrame,
  columnIndex: number,
  rows: readonly DataRow[],
  kind: "spend" | "control" | "outcome",
  collector: IssueCollector
): NumericColumn {
  const values = new Float64Array(rows.length);
  let complete = true;
  rows.forEach((row, index) => {
    const cell = row.cells[columnIndex] ?? { kind: "blank" };
    values[index] = Number.NaN;
    if (cell.kind === "number") {
      values[index] = cell.value;
      if (kind === "spend" && cell.value < 0) {
        collector.add(
          cellIssue(frame, "negative_spend", columnIndex, row.gridRow, { value: cell.value })
        );
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
