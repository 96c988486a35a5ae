import type { ColumnRoles } from "../../types";
import { checkVariation } from "./checkVariation";
import type { IssueCollector } from "./IssueCollector";
import type { DataRow } from "./readDates";
import { readNumericColumn } from "./readNumericColumn";
import type { SheetFrame } from "./SheetFrame";

/**
 * Reads every column that has a numeric role (outcome, mediator, social, controls) in data-row order, reporting
 * its cell problems and, when it is complete, whether it never varies.
 * @returns values by header, `[dataRows]` each, NaN where a cell was unusable
 */
export function readRoleColumns(
  frame: SheetFrame,
  roles: ColumnRoles,
  rows: readonly DataRow[],
  collector: IssueCollector
): ReadonlyMap<string, Float64Array> {
  const mediator = roles.mediator === null ? [] : [roles.mediator];
  const spend = new Set([...mediator, ...roles.social]);
  const columns = new Map<string, Float64Array>();
  for (const name of new Set([roles.outcome, ...mediator, ...roles.social, ...roles.controls])) {
    const column = frame.headers.indexOf(name);
    if (name === "" || column < 0 || name === roles.date) continue;
    const kind = spend.has(name) ? "spend" : name === roles.outcome ? "outcome" : "control";
    const read = readNumericColumn(frame, column, rows, kind, collector);
    columns.set(name, read.values);
    if (read.complete) checkVariation(frame, column, read.values, collector);
  }
  return columns;
}
