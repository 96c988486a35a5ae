import { HEADER_TEXT_SHARE, MIN_HEADER_TEXT_CELLS } from "../constants";
import type { CellValue } from "./readCell";

/**
 * Index of the header row: the first row whose non-empty cells are mostly non-numeric text (and at least two
 * are), so titles or notes above the table are skipped; -1 when no row qualifies.
 * @param rows - the classified grid, `[rows][columns]`
 */
export function findHeaderRow(rows: readonly (readonly CellValue[])[]): number {
  return rows.findIndex((row) => {
    let text = 0;
    let filled = 0;
    for (const cell of row) {
      if (cell.kind === "blank") continue;
      filled += 1;
      if (cell.kind === "text") text += 1;
    }
    return text >= MIN_HEADER_TEXT_CELLS && text > filled * HEADER_TEXT_SHARE;
  });
}
