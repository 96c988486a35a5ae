import { InvalidParameterError } from "../core/errors";

/**
 * Applies a function to every cell of a range of any shape, keeping the shape (for curves over a range of spends).
 *
 * @param cells - the range's values, `[rows][columns]`
 * @param parameter - the parameter's name as the formula shows it
 * @param fn - the per-cell computation
 * @returns the results, `[rows][columns]`
 * @throws {InvalidParameterError} when a cell is not a number (naming its row and column within the range)
 * @example
 * mapRange([[1, 2]], "spend", (x) => 2 * x); // => [[2, 4]]
 */
export function mapRange(
  cells: unknown[][],
  parameter: string,
  fn: (value: number) => number
): number[][] {
  return cells.map((row, i) =>
    row.map((cell, j) => {
      if (typeof cell !== "number" || !Number.isFinite(cell)) {
        const shown =
          cell === "" || cell === null || cell === undefined ? "a blank cell" : `"${String(cell)}"`;
        throw new InvalidParameterError(
          parameter,
          `${parameter} has ${shown} at row ${i + 1}, column ${j + 1} of the range; every cell must be a number.`
        );
      }
      return fn(cell);
    })
  );
}
