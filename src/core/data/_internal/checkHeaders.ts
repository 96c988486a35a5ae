import type { ColumnRoleEntry } from "../types";
import type { IssueCollector } from "./IssueCollector";
import { normalizeHeader } from "./normalizeHeader";
import { cellIssue, whereOf, type SheetFrame } from "./SheetFrame";

/**
 * Reports headers used twice (ignoring case and spacing). Only the first of them can be given a role, so a
 * repeat is an error when that first column is used and a warning when it is ignored anyway.
 */
export function checkHeaders(
  frame: SheetFrame,
  columnRoles: readonly ColumnRoleEntry[],
  collector: IssueCollector
): void {
  const firstSeen = new Map<string, number>();
  frame.headers.forEach((header, column) => {
    const key = normalizeHeader(header);
    if (key === "") return;
    const first = firstSeen.get(key);
    if (first === undefined) {
      firstSeen.set(key, column);
      return;
    }
    const severity = columnRoles[first]?.role === "ignored" ? "warning" : "error";
    const firstWhere = whereOf(frame, first, frame.headerIndex);
    collector.add(
      cellIssue(frame, "duplicate_header", column, frame.headerIndex, { firstWhere }, severity)
    );
  });
}
