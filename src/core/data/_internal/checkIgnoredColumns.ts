import { TEXT_COLUMN_SHARE } from "../constants";
import { SPEND_LIKE_PATTERN } from "../rolePatterns";
import type { ColumnRoleEntry } from "../types";
import type { IssueCollector } from "./IssueCollector";
import { normalizeHeader } from "./normalizeHeader";
import { isWordText } from "./parseNumberText";
import type { DataRow } from "./readDates";
import { cellIssue, type SheetFrame } from "./SheetFrame";

/**
 * Warns (`unknown_column`, severity `warning`) about every column left without a role, saying why: no header,
 * mostly text, spend-like but unmatched (checked before text, so a mis-typed spend column is never dropped
 * unnoticed), or a name not recognised. Repeats of a header are left to `checkHeaders`.
 */
export function checkIgnoredColumns(
  frame: SheetFrame,
  columnRoles: readonly ColumnRoleEntry[],
  rows: readonly DataRow[],
  collector: IssueCollector,
  options: { readonly skipColumn: number; readonly decimalSeparator: "." | "," }
): void {
  const { skipColumn, decimalSeparator } = options;
  for (const entry of columnRoles) {
    if (entry.role !== "ignored" || entry.columnIndex === skipColumn) continue;
    const name = normalizeHeader(entry.header);
    const repeat =
      name !== "" &&
      columnRoles.findIndex((other) => normalizeHeader(other.header) === name) !==
        entry.columnIndex;
    if (repeat) continue;
    const filled = rows
      .map((row) => row.cells[entry.columnIndex])
      .filter((cell) => cell !== undefined && cell.kind !== "blank");
    const text = filled.filter((cell) => isWordText(cell, decimalSeparator)).length;
    const reason =
      name === ""
        ? "no_header"
        : SPEND_LIKE_PATTERN.test(name)
          ? "spend_like"
          : text > filled.length * TEXT_COLUMN_SHARE
            ? "text"
            : "unrecognised";
    collector.add(
      cellIssue(
        frame,
        "unknown_column",
        entry.columnIndex,
        frame.headerIndex,
        { reason },
        "warning"
      )
    );
  }
}
