import { parseDateCell, resolvePair, type DateCell } from "./parseDateCell";
import { showCell, type CellValue } from "./readCell";
import { cellIssue, type SheetFrame } from "./SheetFrame";
import type { IssueCollector } from "./IssueCollector";

/** A data row: its 0-based grid row and its classified cells. */
export interface DataRow {
  readonly gridRow: number;
  readonly cells: readonly CellValue[];
}

type Order = "dayFirst" | "monthFirst";
type Pair = Extract<DateCell, { kind: "pair" }>;

/** Order the column's `17/09/2023`-style dates imply: a day above 12 decides; a tie or no evidence decides nothing. */
function inferOrder(pairs: readonly Pair[]): Order | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const pair of pairs) {
    if (pair.first > 12 && pair.second <= 12) dayFirst += 1;
    if (pair.second > 12 && pair.first <= 12) monthFirst += 1;
  }
  if (dayFirst > monthFirst) return "dayFirst";
  if (monthFirst > dayFirst) return "monthFirst";
  return undefined;
}

/**
 * Reads the date column into day numbers (days since 1970-01-01), one per data row, reporting blanks, Excel
 * errors, non-dates and an undecidable day/month order. Rows whose date cannot be read get `undefined`.
 */
export function readDates(
  frame: SheetFrame,
  columnIndex: number,
  rows: readonly DataRow[],
  dateOrder: Order | undefined,
  collector: IssueCollector
): readonly (number | undefined)[] {
  const parsed = rows.map((row) => parseDateCell(row.cells[columnIndex] ?? { kind: "blank" }));
  const pairs = parsed.filter((cell): cell is Pair => cell.kind === "pair");
  const undecided = pairs.every((pair) => pair.first === pair.second);
  const order = dateOrder ?? inferOrder(pairs) ?? (undecided ? "dayFirst" : undefined);
  if (order === undefined) {
    const example = pairs.find((pair) => pair.first !== pair.second) as Pair;
    const index = parsed.indexOf(example);
    const shown = showCell(rows[index]?.cells[columnIndex] ?? { kind: "blank" });
    collector.add(
      cellIssue(frame, "ambiguous_date_order", columnIndex, frame.headerIndex, { example: shown })
    );
  }
  return parsed.map((cell, index) => {
    const row = rows[index] as DataRow;
    const raw = row.cells[columnIndex] ?? { kind: "blank" };
    switch (cell.kind) {
      case "day":
        return cell.day;
      case "pair": {
        if (order === undefined) return undefined;
        const day = resolvePair(cell, order);
        if (day === undefined) {
          collector.add(
            cellIssue(frame, "bad_date", columnIndex, row.gridRow, { value: showCell(raw), order })
          );
        }
        return day;
      }
      case "error":
        collector.add(
          cellIssue(frame, "excel_error", columnIndex, row.gridRow, { value: cell.text })
        );
        return undefined;
      case "blank":
      case "invalid":
        collector.add(
          cellIssue(frame, "bad_date", columnIndex, row.gridRow, { value: showCell(raw) })
        );
        return undefined;
    }
  });
}
