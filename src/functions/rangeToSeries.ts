import { InvalidParameterError } from "../core/errors";

/** A one-dimensional range as Excel hands it, with its orientation kept so results can be returned the same way. */
export interface RangeSeries {
  readonly values: Float64Array;
  readonly orientation: "column" | "row";
}

/**
 * Reads a single row or column of cells into numbers, rejecting blanks, text and booleans with a message that
 * names the position (Excel gives custom functions values, not addresses, so the position is 1-based within the range).
 *
 * @param cells - the range's values, `[rows][columns]` with one row or one column
 * @param parameter - the parameter's name as the formula shows it (e.g. `values`)
 * @throws {InvalidParameterError} for a 2-D block, an empty range, or a non-numeric cell
 */
export function rangeToSeries(cells: unknown[][], parameter: string): RangeSeries {
  const rows = cells.length;
  const columns = rows > 0 ? (cells[0] as unknown[]).length : 0;
  if (rows === 0 || columns === 0) {
    throw new InvalidParameterError(
      parameter,
      `${parameter} is empty: select a row or a column of numbers.`
    );
  }
  if (rows > 1 && columns > 1) {
    throw new InvalidParameterError(
      parameter,
      `${parameter} must be a single row or a single column (got ${rows} rows × ${columns} columns).`
    );
  }
  const orientation = columns === 1 ? "column" : "row";
  const length = orientation === "column" ? rows : columns;
  const firstRow = cells[0] as unknown[];
  const values = new Float64Array(length);
  // One plain loop: this runs on every recalculation of ranges up to ~10⁵ cells.
  for (let index = 0; index < length; index++) {
    const cell = orientation === "column" ? (cells[index] as unknown[])[0] : firstRow[index];
    if (typeof cell !== "number" || !Number.isFinite(cell)) {
      const shown =
        cell === "" || cell === null || cell === undefined ? "a blank cell" : `"${String(cell)}"`;
      throw new InvalidParameterError(
        parameter,
        `${parameter} has ${shown} at position ${index + 1}; every cell must be a number (use 0 for no spend).`
      );
    }
    values[index] = cell;
  }
  return { values, orientation };
}

/** Shapes a series back into the orientation it came in, so a column returns a column and a row a row. */
export function seriesToRange(
  values: ArrayLike<number>,
  orientation: "column" | "row"
): number[][] {
  if (orientation === "row") return [Array.from(values)];
  const out: number[][] = new Array<number[]>(values.length);
  for (let index = 0; index < values.length; index++) out[index] = [values[index] as number];
  return out;
}
