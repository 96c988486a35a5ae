import { AbstractMatrix } from "ml-matrix";
import { InvalidParameterError } from "../../errors";
import type { Matrix, Series } from "../../types";

/** A design matrix `[periods][features]`: plain row-major arrays or an ml-matrix instance. */
export type DesignMatrix = Matrix | AbstractMatrix;

/**
 * Splits a design matrix into its columns (`[features]` of `[periods]`), checking that every row has the same
 * number of finite values and, when given, that there are `expectedRows` rows.
 */
export function designColumns(X: DesignMatrix, expectedRows?: number): Series[] {
  const rows = AbstractMatrix.isMatrix(X) ? X.to2DArray() : X;
  const n = rows.length;
  if (expectedRows !== undefined && n !== expectedRows) {
    throw new InvalidParameterError(
      "X",
      `The design matrix has ${n} rows but there are ${expectedRows} residuals; they must match week for week.`
    );
  }
  const p = n > 0 ? (rows[0] as ReadonlyArray<number>).length : 0;
  const columns = Array.from({ length: p }, () => new Float64Array(n));
  rows.forEach((row, t) => {
    if (row.length !== p) {
      throw new InvalidParameterError(
        "X",
        `Row ${t + 1} of the design matrix has ${row.length} values; the first row has ${p}.`
      );
    }
    row.forEach((value, j) => {
      if (!Number.isFinite(value)) {
        throw new InvalidParameterError(
          "X",
          `The design matrix has a non-finite value (${String(value)}) in row ${t + 1}, column ${j + 1}.`
        );
      }
      (columns[j] as Series)[t] = value;
    });
  });
  return columns;
}
