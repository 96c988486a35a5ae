import { InvalidParameterError } from "../../errors";
import type { ColumnRoles } from "../../types";
import { DEFAULT_DECIMAL_SEPARATOR, DEFAULT_MIN_WEEKS } from "../constants";
import type { ToDatasetOptions } from "../types";

/** Options with defaults applied and shapes checked. */
export interface IngestionSettings {
  readonly roles: Partial<ColumnRoles>;
  readonly dateOrder: "dayFirst" | "monthFirst" | undefined;
  readonly originRow: number;
  readonly originColumn: number;
  readonly sheetName: string | undefined;
  readonly minWeeks: number;
  readonly decimalSeparator: "." | ",";
}

const isWhole = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1;

function checkRoles(roles: unknown): Partial<ColumnRoles> {
  if (roles === undefined) return {};
  if (typeof roles !== "object" || roles === null || Array.isArray(roles)) {
    throw new InvalidParameterError(
      "roles",
      'roles must be an object such as { outcome: "revenue" }.'
    );
  }
  const given = roles as Record<string, unknown>;
  for (const field of ["date", "outcome"] as const) {
    if (given[field] !== undefined && typeof given[field] !== "string") {
      throw new InvalidParameterError(`roles.${field}`, `roles.${field} must be a header text.`);
    }
  }
  if (
    given.mediator !== undefined &&
    given.mediator !== null &&
    typeof given.mediator !== "string"
  ) {
    throw new InvalidParameterError(
      "roles.mediator",
      "roles.mediator must be a header text, or null for no mediator."
    );
  }
  for (const field of ["social", "controls"] as const) {
    const list = given[field];
    if (
      list !== undefined &&
      !(Array.isArray(list) && list.every((name) => typeof name === "string"))
    ) {
      throw new InvalidParameterError(
        `roles.${field}`,
        `roles.${field} must be a list of header texts.`
      );
    }
  }
  return roles as Partial<ColumnRoles>;
}

/**
 * Applies the defaults of {@link ToDatasetOptions} and checks their shapes.
 * @throws {InvalidParameterError} for a minWeeks or origin that is not a whole number ≥ 1, an unknown dateOrder,
 *   or roles of the wrong shape
 */
export function readOptions(options: ToDatasetOptions | undefined): IngestionSettings {
  const given = options ?? {};
  const minWeeks = given.minWeeks ?? DEFAULT_MIN_WEEKS;
  if (!isWhole(minWeeks)) {
    throw new InvalidParameterError(
      "minWeeks",
      `minWeeks must be a whole number of at least 1 (got ${minWeeks}).`
    );
  }
  const dateOrder = given.dateOrder;
  if (dateOrder !== undefined && dateOrder !== "dayFirst" && dateOrder !== "monthFirst") {
    throw new InvalidParameterError(
      "dateOrder",
      `dateOrder must be "dayFirst" or "monthFirst" (got ${String(dateOrder)}).`
    );
  }
  const origin = given.origin ?? { row: 1, column: 1 };
  if (!isWhole(origin.row) || !isWhole(origin.column)) {
    throw new InvalidParameterError(
      "origin",
      "origin.row and origin.column must be whole numbers of at least 1."
    );
  }
  const sheetName = given.sheetName;
  if (sheetName !== undefined && typeof sheetName !== "string") {
    throw new InvalidParameterError("sheetName", "sheetName must be text.");
  }
  const decimalSeparator = given.decimalSeparator ?? DEFAULT_DECIMAL_SEPARATOR;
  if (decimalSeparator !== "." && decimalSeparator !== ",") {
    throw new InvalidParameterError(
      "decimalSeparator",
      `decimalSeparator must be "." or "," (got ${String(decimalSeparator)}).`
    );
  }
  return {
    decimalSeparator,
    roles: checkRoles(given.roles),
    dateOrder,
    originRow: origin.row,
    originColumn: origin.column,
    sheetName,
    minWeeks,
  };
}
