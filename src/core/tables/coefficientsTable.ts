import type { MmmResult } from "../model/types";
import { TABLE_TITLE_PREFIX } from "./constants";
import { column, numberCell } from "./_internal/tableParts";
import type { Table } from "./types";

/** What one row of the Coefficients table means. */
export const COEFFICIENTS_DESCRIPTION =
  "One model feature of one stage: its coefficient on the feature's built scale (what prediction multiplies) and " +
  "standardised (× the feature's standard deviation, comparable across features).";

/**
 * The Coefficients table: one row per stage and feature.
 * @param result - the run's fit result.
 * @returns The table (no total row).
 * @example coefficientsTable(result).columns.map((c) => c.label) // => ["Stage", "Feature", "Column", "Coefficient", "Standardized"]
 * @see https://en.wikipedia.org/wiki/Standardized_coefficient
 */
export function coefficientsTable(result: MmmResult): Table {
  return {
    id: "coefficients",
    title: `${TABLE_TITLE_PREFIX} Coefficients`,
    fileName: "coefficients.csv",
    description: COEFFICIENTS_DESCRIPTION,
    columns: [
      column("stage", "Stage", "text"),
      column("feature", "Feature", "text"),
      column("column", "Column", "text"),
      column("value", "Coefficient", "number"),
      column("standardized", "Standardized", "number"),
    ],
    rows: result.coefficients.map((row) => [
      row.stage,
      row.feature,
      row.column,
      numberCell(row.value),
      numberCell(row.standardized),
    ]),
    total: null,
    notes: [
      `Stage "mediator" predicts ${result.roles.mediator ?? "the mediator"}; stage "outcome" predicts ` +
        `${result.roles.outcome} (${result.form} form). The model is the headline (observed-mediator) variant.`,
    ],
  };
}
