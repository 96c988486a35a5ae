import { readCell, showCell, type CellValue } from "./readCell";

/**
 * Classifies every cell of a grid without trusting its shape: a non-array grid is empty, a non-array row is a
 * one-cell row, holes and unreadable rows are blank. Never throws for what a row holds.
 * @param grid - cell values as Excel hands them: `[rows][columns]`
 * @param decimalSeparator - the table's decimal mark, for number text (see `readCell`)
 */
export function readGrid(
  grid: unknown,
  decimalSeparator: "." | "," = "."
): readonly (readonly CellValue[])[] {
  const read = (cell: unknown): CellValue => readCell(cell, decimalSeparator);
  if (!Array.isArray(grid)) return [];
  const rows: CellValue[][] = [];
  for (let index = 0; index < grid.length; index += 1) {
    try {
      const row: unknown = grid[index];
      rows.push(Array.isArray(row) ? Array.from(row as unknown[], read) : [read(row)]);
    } catch {
      rows.push([]);
    }
  }
  return rows;
}

/** Number of columns in use: up to the last column with a header or any value at or below the header row. */
export function usedWidth(rows: readonly (readonly CellValue[])[], headerIndex: number): number {
  let width = 0;
  for (let index = headerIndex; index < rows.length; index += 1) {
    const row = rows[index] as readonly CellValue[];
    for (let column = row.length - 1; column >= width; column -= 1) {
      if (row[column]?.kind !== "blank") {
        width = column + 1;
        break;
      }
    }
  }
  return width;
}

/** Header text of each used column, trimmed; a blank header cell gives `""`. */
export function headerTexts(row: readonly CellValue[], width: number): string[] {
  return Array.from({ length: width }, (_, column) => {
    const cell = row[column] ?? { kind: "blank" };
    if (cell.kind === "blank") return "";
    return cell.kind === "text" || cell.kind === "error" ? cell.text : showCell(cell);
  });
}
