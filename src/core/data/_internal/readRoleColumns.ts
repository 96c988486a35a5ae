import type { ColumnRoles } from "../../types";
import { checkVariation } from "./checkVariation";
import type { IssueCollector } from "./IssueCollector";
import type { DataRow } from "./readDates";
import { readNumericColumn } from "./readNumericColumn";
import { cellIssue, type SheetFrame } from "./SheetFrame";

/**
 * Reads every column that has a numeric role (outcome, mediator, social, controls) in data-row order, reporting
 * its cell problems and, when it is complete, whether it never varies: an all-zero outcome or mediator is an
 * error (`zero_outcome`, `zero_mediator`), other constant or all-zero columns are warnings.
 * @returns values by header, `[dataRows]` each, NaN where a cell was unusable
 */
export function readRoleColumns(
  frame: SheetFrame,
  roles: ColumnRoles,
  rows: readonly DataRow[],
  collector: IssueCollector,
  decimalSeparator: "." | "," = "."
): ReadonlyMap<string, Float64Array> {
  const mediator = roles.mediator === null ? [] : [roles.mediator];
  const spend = new Set([...mediator, ...roles.social]);
  const columns = new Map<string, Float64Array>();
  for (const name of new Set([roles.outcome, ...mediator, ...roles.social, ...roles.controls])) {
    const column = frame.headers.indexOf(name);
    if (name === "" || column < 0 || name === roles.date) continue;
    const kind = spend.has(name) ? "spend" : name === roles.outcome ? "outcome" : "control";
    const read = readNumericColumn(frame, column, rows, kind, collector, decimalSeparator);
    columns.set(name, read.values);
    if (!read.complete) continue;
    const allZero = read.values.length > 0 && read.values.every((value) => value === 0);
    // The fit divides by the outcome's and the mediator's variation: all zero there is a refusal, not a warning.
    if (allZero && (name === roles.outcome || name === roles.mediator)) {
      const code = name === roles.outcome ? "zero_outcome" : "zero_mediator";
      collector.add(cellIssue(frame, code, column, frame.headerIndex, {}));
    } else checkVariation(frame, column, read.values, collector);
  }
  return columns;
}
