import { neutraliseFormula } from "../../core/tables/neutraliseFormula";
import type { ColumnUnit, Table, TableCell } from "../../core/tables/types";
import { UNIT_NUMBER_FORMATS } from "../../core/tables/constants";
import { STATUS_COLOURS } from "../constants";
import { isoToExcelSerial } from "./excelDate";
import type { CellValue, ConditionalFormatSpec, SheetSpec } from "./SheetSpec";

/** The status colours of a table's status column: one cell-value rule per status word. */
const statusFormats = (column: number): ConditionalFormatSpec[] =>
  (Object.keys(STATUS_COLOURS) as (keyof typeof STATUS_COLOURS)[]).map((status) => ({
    column,
    equals: status,
    ...STATUS_COLOURS[status],
  }));

/**
 * One table cell as Excel stores it: a date as its serial (so it sorts, filters and charts as a date), null as an
 * empty cell, and text that could start a formula made safe (the one place the pane neutralises formulas).
 */
function sheetCell(value: TableCell, unit: ColumnUnit): CellValue {
  if (value === null) return "";
  if (typeof value === "string") {
    if (unit === "date") {
      const serial = isoToExcelSerial(value);
      return Number.isNaN(serial) ? neutraliseFormula(value) : serial;
    }
    return neutraliseFormula(value);
  }
  return value;
}

/**
 * Renders a table of the one table model as a sheet: the title as the sheet name, column labels as the header, the
 * body rows then the total row, ISO dates as Excel serials, each unit's number format (per cell where the table
 * mixes units, as the Summary does), the table's chart and, for a table with a status column, its pass / review /
 * fail colours as conditional formats.
 * @param table - one of `buildTables`'s tables.
 * @returns What excel/writeResultSheets.ts writes.
 * @example sheetFromTable(budgetTable(plan)).rows.at(-1)?.[0] // => "Total"
 * @see https://owasp.org/www-community/attacks/CSV_Injection (why text cells are neutralised)
 */
export function sheetFromTable(table: Table): SheetSpec {
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  const units = (r: number): ColumnUnit[] =>
    table.columns.map((column, c) => table.cellUnits?.[r]?.[c] ?? column.unit);
  return {
    name: table.title,
    header: table.columns.map((column) => neutraliseFormula(column.label)),
    rows: rows.map((row, r) => {
      const rowUnits = units(r);
      return row.map((value, c) => sheetCell(value, rowUnits[c] ?? "text"));
    }),
    numberFormats: table.columns.map((column) => column.numberFormat),
    ...(table.cellUnits
      ? {
          cellNumberFormats: rows.map((_, r) => units(r).map((unit) => UNIT_NUMBER_FORMATS[unit])),
        }
      : {}),
    ...(table.chart ? { chart: table.chart, chartRowCount: table.rows.length } : {}),
    ...(table.statusColumn === undefined
      ? {}
      : { conditionalFormats: statusFormats(table.statusColumn) }),
    ...(table.notes.length > 0 ? { notes: table.notes.map(neutraliseFormula) } : {}),
  };
}
