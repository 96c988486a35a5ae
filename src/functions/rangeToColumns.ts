import { InvalidParameterError } from "../core/errors";

/**
 * Reads an optional block of control columns that go with a series of `weeks` values: one column per control when
 * the series is a column (`[weeks][controls]`), one row per control when it is a row (`[controls][weeks]`).
 * The other layout is accepted when only it fits. An omitted argument (null) gives no controls.
 *
 * @param cells - the range's values, or null/undefined when omitted
 * @param parameter - the parameter's name as the formula shows it (e.g. `controls`)
 * @param weeks - number of values in the series the controls go with
 * @param orientation - the series' orientation
 * @returns one Float64Array of `[weeks]` per control
 * @throws {InvalidParameterError} when neither layout has `weeks` values, or a cell is not a number
 * @example
 * rangeToColumns([[1, 5], [2, 6]], "controls", 2, "column"); // => [Float64Array [1, 2], Float64Array [5, 6]]
 */
export function rangeToColumns(
  cells: unknown[][] | null | undefined,
  parameter: string,
  weeks: number,
  orientation: "column" | "row"
): Float64Array[] {
  if (cells === null || cells === undefined) return [];
  const rows = cells.length;
  const columns = rows > 0 ? (cells[0] as unknown[]).length : 0;
  const byColumn = rows === weeks && (orientation === "column" || columns !== weeks);
  if (!byColumn && columns !== weeks) {
    throw new InvalidParameterError(
      parameter,
      `${parameter} has ${rows} rows × ${columns} columns; select ${weeks} rows (one column per control) to match the other ranges.`
    );
  }
  const count = byColumn ? columns : rows;
  return Array.from({ length: count }, (_, j) => {
    const out = new Float64Array(weeks);
    for (let t = 0; t < weeks; t++) {
      const cell = byColumn ? cells[t]?.[j] : cells[j]?.[t];
      if (typeof cell !== "number" || !Number.isFinite(cell)) {
        const shown =
          cell === "" || cell === null || cell === undefined ? "a blank cell" : `"${String(cell)}"`;
        throw new InvalidParameterError(
          parameter,
          `${parameter} has ${shown} in control ${j + 1} at position ${t + 1}; every cell must be a number.`
        );
      }
      out[t] = cell;
    }
    return out;
  });
}
