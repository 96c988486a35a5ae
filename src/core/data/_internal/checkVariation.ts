import type { IssueCollector } from "./IssueCollector";
import { cellIssue, type SheetFrame } from "./SheetFrame";

/**
 * Warns (severity `warning`) when a complete numeric column is 0 in every week or holds one value throughout,
 * since the model cannot learn the effect of a column that never moves. The issue points at the header cell.
 */
export function checkVariation(
  frame: SheetFrame,
  columnIndex: number,
  values: Float64Array,
  collector: IssueCollector
): void {
  if (values.length === 0) return;
  const first = values[0] as number;
  if (!values.every((value) => value === first)) return;
  if (first === 0) {
    collector.add(
      cellIssue(frame, "all_zero_column", columnIndex, frame.headerIndex, {}, "warning")
    );
  } else {
    collector.add(
      cellIssue(
        frame,
        "constant_column",
        columnIndex,
        frame.headerIndex,
        { value: first },
        "warning"
      )
    );
  }
}
