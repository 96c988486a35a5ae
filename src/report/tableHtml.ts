import type { ColumnUnit, Table, TableCell, TableRow } from "../core/tables/types";
import { escapeHtml } from "./escapeHtml";
import { formatNumber, type NumberStyle } from "./formatNumber";
import { htmlTable, type TableColumn, type TrustedHtml } from "./htmlTable";

/** How the report shows each numeric unit. */
const UNIT_STYLES: Readonly<Partial<Record<ColumnUnit, NumberStyle>>> = {
  currency: "amount",
  "currency/week": "amount",
  ratio: "ratio",
  percent: "percent",
  count: "count",
  number: "statistic",
};

/** Options of {@link tableHtml}. */
export interface TableHtmlOptions {
  /** Keys of the columns to show, in the table's order. Default: every column. */
  readonly columns?: readonly string[];
  /** Which body rows to show. Default: every row (the total row is always shown, in the footer). */
  readonly rows?: (row: TableRow) => boolean;
  /** Caption above the table (plain text). Default: none. */
  readonly caption?: string;
  /** Markup for a cell instead of its text (e.g. a status badge); undefined = the formatted text. */
  readonly cell?: (key: string, value: TableCell) => TrustedHtml | undefined;
  /** Show the table's notes under it. Default true. */
  readonly notes?: boolean;
}

/**
 * One cell as the report shows it: numbers formatted by their unit (null as "—"), dates and text as they are,
 * flags as yes/no. Exported so tests can compare the report's cells with the sheet's and the CSV's.
 * @param value - the table cell.
 * @param unit - the cell's unit.
 * @returns display text (plain; escaped by the table).
 * @example formatTableCell(0.123, "percent") // => "12.3%"
 */
export function formatTableCell(value: TableCell, unit: ColumnUnit): string {
  if (typeof value === "number" || value === null) {
    const style = UNIT_STYLES[unit];
    return style === undefined && value !== null ? String(value) : formatNumber(value, style);
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value;
}

/**
 * Renders a table of the one table model in the report: its column labels, the chosen body rows formatted by unit,
 * its total row as the footer and its notes below, so the report shows the very labels and numbers of the sheets
 * and CSV files.
 * @param table - one of the table model's tables.
 * @param options - which columns and rows, a caption, cell markup, notes on/off.
 * @returns HTML text (escaped).
 * @example tableHtml(budgetTable(plan), { caption: "Weekly spend" }); // => '<div class="table-wrap"><table>…'
 * @see ./htmlTable.ts
 */
export function tableHtml(table: Table, options: TableHtmlOptions = {}): string {
  const shown = table.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => options.columns === undefined || options.columns.includes(column.key));
  interface Indexed {
    readonly row: TableRow;
    readonly r: number;
  }
  const unitOf = (r: number, c: number): ColumnUnit =>
    (r >= 0 ? table.cellUnits?.[r]?.[c] : undefined) ?? table.columns[c]?.unit ?? "text";
  const columns: TableColumn<Indexed>[] = shown.map(({ column, index }) => ({
    header: column.label,
    kind: UNIT_STYLES[column.unit] === undefined ? "text" : "number",
    cell: ({ row, r }) => {
      const value = row[index] ?? null;
      return options.cell?.(column.key, value) ?? formatTableCell(value, unitOf(r, index));
    },
  }));
  const rows = table.rows
    .map((row, r) => ({ row, r }))
    .filter(({ row }) => options.rows === undefined || options.rows(row));
  const html = htmlTable(columns, rows, {
    ...(options.caption === undefined ? {} : { caption: options.caption }),
    ...(table.total ? { footer: [{ row: table.total, r: -1 }] } : {}),
  });
  const notes =
    options.notes === false
      ? ""
      : table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join("");
  return html + notes;
}
