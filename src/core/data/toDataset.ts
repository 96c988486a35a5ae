import type { ValidationIssue } from "../errors";
import type { ColumnRoles, Dataset, Series } from "../types";
import { MAX_LISTED_CELLS, MAX_WEEKS, TEXT_COLUMN_SHARE } from "./constants";
import { detectRoles } from "./detectRoles";
import { issueMessages } from "./messages";
import { GEO_NAMES } from "./rolePatterns";
import type { ColumnRoleEntry, IngestionResult, ToDatasetOptions } from "./types";
import { checkHeaders } from "./_internal/checkHeaders";
import { checkIgnoredColumns } from "./_internal/checkIgnoredColumns";
import { checkWeeks } from "./_internal/checkWeeks";
import { findHeaderRow } from "./_internal/findHeaderRow";
import { IssueCollector } from "./_internal/IssueCollector";
import { normalizeHeader } from "./_internal/normalizeHeader";
import { isoOfDay } from "./_internal/parseDateCell";
import { isWordText } from "./_internal/parseNumberText";
import { readDates, type DataRow } from "./_internal/readDates";
import { headerTexts, readGrid, usedWidth } from "./_internal/readGrid";
import { readRoleColumns } from "./_internal/readRoleColumns";
import { roleEntries } from "./_internal/roleEntries";
import { readOptions, type IngestionSettings } from "./_internal/readOptions";
import { resolveRoles } from "./_internal/resolveRoles";
import { sheetRow, type SheetFrame } from "./_internal/SheetFrame";

const failure = (
  issues: readonly ValidationIssue[],
  detectedRoles: ColumnRoles | null = null,
  columnRoles: readonly ColumnRoleEntry[] = []
): IngestionResult => ({
  ok: false,
  issues,
  detectedRoles,
  columnRoles,
});

/**
 * Detected controls whose cells are mostly words (Robyn's `events`) are not controls but ignored columns; number
 * text such as `100%` or `€2.500` counts as numbers.
 */
function dropTextControls(
  detected: ColumnRoles,
  headers: readonly string[],
  rows: readonly DataRow[],
  decimalSeparator: "." | ","
): ColumnRoles {
  const controls = detected.controls.filter((name) => {
    const column = headers.indexOf(name);
    const filled = rows
      .map((row) => row.cells[column])
      .filter((cell) => cell !== undefined && cell.kind !== "blank");
    const text = filled.filter((cell) => isWordText(cell, decimalSeparator)).length;
    return text <= filled.length * TEXT_COLUMN_SHARE;
  });
  return { ...detected, controls };
}

/** Table-wide issues first, then column by column (left to right), row by row: the order a user fixes them. */
function sortIssues(issues: readonly ValidationIssue[]): readonly ValidationIssue[] {
  return issues
    .map((issue, position) => ({ issue, position }))
    .sort(
      (a, b) =>
        (a.issue.columnIndex ?? -1) - (b.issue.columnIndex ?? -1) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.position - b.position
    )
    .map((entry) => entry.issue);
}

/** Refuses a table longer than the model serves, before its cells are checked one by one (see MAX_WEEKS). */
function tooManyRows(frame: SheetFrame, rows: number, dateHeader: string): IngestionResult {
  const dateIndex = frame.headers.indexOf(dateHeader);
  const column = dateIndex >= 0 ? { column: dateHeader, columnIndex: dateIndex } : {};
  return failure([
    {
      code: "too_many_periods",
      severity: "error",
      ...column,
      row: sheetRow(frame, frame.headerIndex),
      message: issueMessages.too_many_periods({ rows, maxWeeks: MAX_WEEKS }),
    },
  ]);
}

function ingest(grid: unknown, settings: IngestionSettings): IngestionResult {
  const rows = readGrid(grid, settings.decimalSeparator);
  if (rows.every((row) => row.every((cell) => cell.kind === "blank"))) {
    return failure([
      { code: "empty_table", severity: "error", message: issueMessages.empty_table({}) },
    ]);
  }
  const headerIndex = findHeaderRow(rows);
  if (headerIndex < 0) {
    const message = issueMessages.no_header({ rowsSearched: rows.length });
    return failure([{ code: "no_header", severity: "error", message }]);
  }
  const width = usedWidth(rows, headerIndex);
  const headers = headerTexts(rows[headerIndex] as readonly [], width);
  const frame: SheetFrame = {
    originRow: settings.originRow,
    originColumn: settings.originColumn,
    sheetName: settings.sheetName,
    headerIndex,
    headers,
  };
  const dataRows: DataRow[] = [];
  rows.forEach((cells, gridRow) => {
    if (gridRow > headerIndex && cells.slice(0, width).some((cell) => cell.kind !== "blank")) {
      dataRows.push({ gridRow, cells });
    }
  });
  const detectedRoles = dropTextControls(
    detectRoles(headers),
    headers,
    dataRows,
    settings.decimalSeparator
  );
  const resolved = resolveRoles(frame, detectedRoles, settings.roles);
  const { roles } = resolved;
  const columnRoles = roleEntries(headers, roles);
  const collector = new IssueCollector(MAX_LISTED_CELLS);
  resolved.issues.forEach((issue) => collector.add(issue));

  const geoIndex = columnRoles.findIndex(
    (entry) => entry.role === "ignored" && GEO_NAMES.includes(normalizeHeader(entry.header))
  );
  // A stacked geo panel is refused by its own, more precise issue below; any other long table at once.
  if (dataRows.length > MAX_WEEKS && geoIndex < 0)
    return tooManyRows(frame, dataRows.length, roles.date);
  checkHeaders(frame, columnRoles, collector);

  const dateIndex = headers.indexOf(roles.date);
  const days =
    dateIndex >= 0 ? readDates(frame, dateIndex, dataRows, settings.dateOrder, collector) : [];
  const numeric = readRoleColumns(frame, roles, dataRows, collector, settings.decimalSeparator);
  const order =
    dateIndex >= 0 ? checkWeeks(frame, dateIndex, dataRows, days, geoIndex, collector) : [];
  // A geo column already refused as a panel needs no second word about being ignored.
  const isPanel = collector.issues().some((issue) => issue.code === "geo_panel");
  checkIgnoredColumns(frame, columnRoles, dataRows, collector, {
    skipColumn: isPanel ? geoIndex : -1,
    decimalSeparator: settings.decimalSeparator,
  });
  if (dataRows.length < settings.minWeeks) {
    const message = issueMessages.too_few_periods({
      weeks: dataRows.length,
      minWeeks: settings.minWeeks,
    });
    const column = dateIndex >= 0 ? { column: roles.date, columnIndex: dateIndex } : {};
    collector.add({
      code: "too_few_periods",
      severity: "error",
      ...column,
      row: sheetRow(frame, headerIndex),
      message,
    });
  }
  const issues = sortIssues(collector.issues());
  if (collector.hasErrors()) return failure(issues, detectedRoles, columnRoles);

  const columns: Record<string, Series> = {};
  for (const [name, values] of numeric)
    columns[name] = Float64Array.from(order, (index) => values[index] as number);
  const dataset: Dataset = {
    weeks: order.map((index) => isoOfDay(days[index] as number)),
    roles,
    columns,
    sourceRows: order.map((index) => sheetRow(frame, (dataRows[index] as DataRow).gridRow)),
    headers,
  };
  return { ok: true, dataset, warnings: issues, detectedRoles, columnRoles };
}

/**
 * Turns a 2-D grid of cell values, as Excel hands them, into a typed weekly {@link Dataset}, or lists every
 * problem that stops it (zod's `safeParse`: check `ok`).
 *
 * The header is the first row whose cells are mostly text (rows above are skipped but still counted in row
 * numbers). Roles come from {@link detectRoles}, with `options.roles` winning field by field. Dates may be
 * Excel serials, `Date` objects, ISO text or `17/09/2023`-style text (order inferred, or `options.dateOrder`).
 * Rows are sorted by week; `sourceRows` keeps each week's sheet row. Every problem is a `ValidationIssue` naming
 * the sheet row, header and A1 cell: blanks, text and Excel errors in used numeric columns, negative spend,
 * unreadable dates, duplicate weeks, gaps other than 7 days, too few weeks, role conflicts, missing columns and
 * geo panels are errors; constant or all-zero columns are warnings. At most {@link MAX_LISTED_CELLS} cells are
 * listed per column and problem, the rest summarised. Columns without a role are not checked. Never throws for
 * any grid content; O(rows × columns).
 *
 * @param grid - cell values, `[rows][columns]`: numbers, strings (`""` for empty, `#N/A`-style errors), booleans,
 *   Excel serial dates or `Date` objects
 * @param options - roles, date order, the grid's position on the sheet, sheet name and minimum weeks
 * @returns `{ ok: true, dataset, warnings, detectedRoles, columnRoles }` or `{ ok: false, issues, … }`
 * @throws {InvalidParameterError} only for malformed options (e.g. `minWeeks: 0`), never for the grid
 * @example
 * // grid = Data!B3:H33 of the assessment layout, google_spend (sheet column E) blank on sheet row 17
 * const result = toDataset(grid, { origin: { row: 3, column: 2 }, sheetName: "Data" });
 * result.ok ? result.dataset.weeks.length : result.issues.map((issue) => issue.message);
 * // => ["Column 'google_spend' has a blank cell at Data!E17; enter a number (0 for no spend or no activity)."]
 * @see {@link https://zod.dev/basics#handling-errors | zod safeParse} for the result shape
 */
export function toDataset(
  grid: readonly (readonly unknown[])[],
  options?: ToDatasetOptions
): IngestionResult {
  const settings = readOptions(options);
  try {
    return ingest(grid, settings);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unknown reason";
    const message = `${issueMessages.empty_table({})} (The table could not be read: ${reason}.)`;
    return failure([{ code: "empty_table", severity: "error", message }]);
  }
}
