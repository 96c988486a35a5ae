import { Matrix as MlMatrix } from "ml-matrix";
import { InvalidParameterError } from "../../errors";
import type { Matrix, SeriesLike } from "../../types";
import type { DesignInput } from "../designInput";

/** A design copied into one column-major buffer: column j is `data[j·rows … (j+1)·rows − 1]`. */
export interface ColumnMajorDesign {
  readonly rows: number;
  readonly columns: number;
  readonly data: Float64Array;
}

/**
 * Copies X (plain arrays or ml-matrix) into a column-major Float64Array, checking shape and finiteness.
 * Column-major because every solver here walks columns (coordinate descent, Householder QR).
 *
 * @throws {InvalidParameterError} when X is empty, ragged, or holds a value that is not a finite number
 */
export function readDesign(X: DesignInput): ColumnMajorDesign {
  const ml = MlMatrix.isMatrix(X) ? X : null;
  const plain = ml === null ? (X as Matrix) : null;
  const rows = ml !== null ? ml.rows : (plain as Matrix).length;
  if (rows === 0)
    throw new InvalidParameterError(
      "X",
      "The design matrix X has no rows; give at least one week."
    );
  const columns = ml !== null ? ml.columns : ((plain as Matrix)[0] as readonly number[]).length;
  const data = new Float64Array(rows * columns);
  for (let i = 0; i < rows; i++) {
    const row = plain === null ? null : (plain[i] as readonly number[]);
    if (row !== null && row.length !== columns) {
      throw new InvalidParameterError(
        "X",
        `Row ${i + 1} of X has ${row.length} values but row 1 has ${columns}; every row needs one value per feature.`
      );
    }
    for (let j = 0; j < columns; j++) {
      const value: unknown = row === null ? (ml as MlMatrix).get(i, j) : row[j];
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new InvalidParameterError(
          "X",
          `X has ${String(value)} in row ${i + 1}, column ${j + 1}; every value must be a finite number.`
        );
      }
      data[j * rows + i] = value;
    }
  }
  return { rows, columns, data };
}

/**
 * Copies the outcome into a Float64Array, checking its length against the design and that every value is finite.
 *
 * @throws {InvalidParameterError} when y has the wrong length or a value that is not a finite number
 */
export function readOutcome(y: SeriesLike, rows: number): Float64Array {
  if (y.length !== rows) {
    throw new InvalidParameterError(
      "y",
      `The outcome y has ${y.length} values but X has ${rows} rows; give one outcome per row.`
    );
  }
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const value = y[i];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new InvalidParameterError(
        "y",
        `y has ${String(value)} in row ${i + 1}; every value must be a finite number.`
      );
    }
    out[i] = value;
  }
  return out;
}
