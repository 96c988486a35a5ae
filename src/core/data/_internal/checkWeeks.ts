import { DAYS_PER_WEEK } from "../constants";
import { isoOfDay } from "./parseDateCell";
import { showCell } from "./readCell";
import type { DataRow } from "./readDates";
import type { IssueCollector } from "./IssueCollector";
import { cellIssue, sheetRow, type SheetFrame } from "./SheetFrame";

/** How many geo names a `geo_panel` message quotes. */
const GEO_EXAMPLES = 3;

/**
 * Sorts the rows with a readable date by week and checks the sequence: a week repeated for several values of a
 * geo column is a `geo_panel` (one issue), other repeats are `duplicate_week`, and consecutive weeks that are not
 * 7 days apart are an `irregular_gap` naming both weeks (unless rows with unreadable dates between them fill it).
 * @param days - day number per data row, `undefined` where the date could not be read
 * @param geoIndex - grid column of a geo/region/dma column, or -1
 * @returns data-row indices in week order (sheet order among equal weeks)
 */
export function checkWeeks(
  frame: SheetFrame,
  dateIndex: number,
  rows: readonly DataRow[],
  days: readonly (number | undefined)[],
  geoIndex: number,
  collector: IssueCollector
): readonly number[] {
  const order = days
    .map((day, index) => ({ day, index }))
    .filter((entry): entry is { day: number; index: number } => entry.day !== undefined)
    .sort((a, b) => a.day - b.day || a.index - b.index);
  const repeats = order.filter(
    (entry, position) => position > 0 && order[position - 1]?.day === entry.day
  );
  const geos = new Set<string>();
  if (repeats.length > 0 && geoIndex >= 0) {
    for (const row of rows) {
      const cell = row.cells[geoIndex];
      if (cell !== undefined && cell.kind !== "blank") geos.add(showCell(cell));
    }
  }
  if (geos.size > 1) {
    const examples = [...geos].slice(0, GEO_EXAMPLES);
    collector.add(
      cellIssue(frame, "geo_panel", geoIndex, frame.headerIndex, { geos: geos.size, examples })
    );
  } else {
    const firstRowOf = new Map<number, number>();
    for (const { day, index } of order) {
      const row = rows[index] as DataRow;
      const firstRow = firstRowOf.get(day);
      if (firstRow === undefined) firstRowOf.set(day, sheetRow(frame, row.gridRow));
      else
        collector.add(
          cellIssue(frame, "duplicate_week", dateIndex, row.gridRow, {
            week: isoOfDay(day),
            firstRow,
          })
        );
    }
  }
  // A gap left by rows whose date could not be read is already reported on those rows.
  const unreadBefore = [0];
  days.forEach((day, index) =>
    unreadBefore.push((unreadBefore[index] as number) + (day === undefined ? 1 : 0))
  );
  const explained = (from: number, to: number, gap: number): boolean => {
    const between =
      (unreadBefore[Math.max(from, to)] as number) -
      (unreadBefore[Math.min(from, to) + 1] as number);
    return between > 0 && gap === DAYS_PER_WEEK * (between + 1);
  };
  let previous: { day: number; index: number } | undefined;
  for (const entry of order) {
    if (
      previous !== undefined &&
      entry.day !== previous.day &&
      entry.day - previous.day !== DAYS_PER_WEEK &&
      !explained(previous.index, entry.index, entry.day - previous.day)
    ) {
      const row = rows[entry.index] as DataRow;
      collector.add(
        cellIssue(frame, "irregular_gap", dateIndex, row.gridRow, {
          previousWeek: isoOfDay(previous.day),
          week: isoOfDay(entry.day),
          days: entry.day - previous.day,
          previousRow: sheetRow(frame, (rows[previous.index] as DataRow).gridRow),
        })
      );
    }
    if (previous === undefined || entry.day !== previous.day) previous = entry;
  }
  return order.map((entry) => entry.index);
}
