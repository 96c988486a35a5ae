import { InvalidParameterError } from "../errors";
import type { ColumnName } from "../types";

/**
 * Checks user-chosen contribution references: each must name a control column and be a finite number, and a column
 * the model takes the log of (price in the multiplicative form) needs a value above 0.
 *
 * @param base - reference value per control column, in the column's units (e.g. `{ average_price: 99 }`)
 * @param controls - the data's control columns
 * @param positiveColumns - columns whose reference must be above 0 (logged columns)
 * @throws {InvalidParameterError} naming the first bad entry and how to fix it
 * @example
 * validateContributionBase({ average_price: 99 }, ["average_price"], ["average_price"]); // passes
 */
export function validateContributionBase(
  base: Readonly<Record<ColumnName, number>>,
  controls: readonly ColumnName[],
  positiveColumns: readonly ColumnName[]
): void {
  for (const [column, value] of Object.entries(base)) {
    if (!controls.includes(column)) {
      throw new InvalidParameterError(
        "contributionBase",
        `contributionBase names '${column}', which is not a control column (controls: ` +
          `${controls.join(", ") || "none"}); media are always measured against zero spend.`
      );
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new InvalidParameterError(
        "contributionBase",
        `The contribution base of '${column}' must be a number (got ${String(value)}).`
      );
    }
    if (positiveColumns.includes(column) && !(value > 0)) {
      throw new InvalidParameterError(
        "contributionBase",
        `The contribution base of '${column}' must be above 0: the model uses its logarithm (got ${value}).`
      );
    }
  }
}
