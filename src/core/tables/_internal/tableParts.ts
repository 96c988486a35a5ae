import { ADDITIVE_UNITS, UNIT_NUMBER_FORMATS } from "../constants";
import type { ColumnUnit, TableCell, TableColumn, TableRow } from "../types";

/** A column with its unit's Excel number format. */
export const column = (key: string, label: string, unit: ColumnUnit): TableColumn => ({
  key,
  label,
  unit,
  numberFormat: UNIT_NUMBER_FORMATS[unit],
});

/** A number cell: null for null, undefined, NaN and ±Infinity (a table never holds a number that is not one). */
export const numberCell = (value: number | null | undefined): TableCell =>
  value === null || value === undefined || !Number.isFinite(value) ? null : value;

/** Interval bounds as two cells (null without an interval). */
export const boundCells = (
  interval: { readonly lower: number; readonly upper: number } | null | undefined
): TableCell[] =>
  interval ? [numberCell(interval.lower), numberCell(interval.upper)] : [null, null];

/**
 * The sum of each additive column over the rows (nulls skipped), or `fallback[c]` for other columns.
 * @param columns - the table's columns
 * @param rows - its body rows
 * @param fallback - per column, the cell used where a sum means nothing (label, ratio of totals, null)
 */
export function sumRow(
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  fallback: readonly TableCell[]
): TableRow {
  return columns.map((col, c) => {
    if (!ADDITIVE_UNITS.includes(col.unit)) return fallback[c] ?? null;
    let sum = 0;
    for (const row of rows) {
      const value = row[c];
      if (typeof value === "number") sum += value;
    }
    return sum;
  });
}

/**
 * The columns with every key made unique: a data column named like a fixed key ("week", "fitted", "baseline") or
 * like another part gets "_2", "_3"…, so a CSV never has two columns of one name.
 */
export function uniqueKeys(columns: readonly TableColumn[]): TableColumn[] {
  const used = new Set<string>();
  return columns.map((col) => {
    let key = col.key;
    for (let n = 2; used.has(key); n++) key = `${col.key}_${n}`;
    used.add(key);
    return key === col.key ? col : { ...col, key };
  });
}
