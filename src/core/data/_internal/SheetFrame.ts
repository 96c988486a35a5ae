import type { ValidationIssue, ValidationIssueCode } from "../../errors";
import { issueMessages, type CellPlace, type MessageParams } from "../messages";
import { cellAddress, qualifiedAddress } from "./cellAddress";

/** Where the grid sits on the sheet, so grid positions can be named as Excel names them. */
export interface SheetFrame {
  /** 1-based sheet row of the grid's first row. */
  readonly originRow: number;
  /** 1-based sheet column of the grid's first column. */
  readonly originColumn: number;
  readonly sheetName: string | undefined;
  /** 0-based grid row of the header. */
  readonly headerIndex: number;
  /** Header text per grid column: `[columns]`. */
  readonly headers: readonly string[];
}

/** Issue codes whose message is about one cell (or one header cell). */
export type CellIssueCode = {
  [C in ValidationIssueCode]: MessageParams[C] extends CellPlace ? C : never;
}[ValidationIssueCode];

/** Sheet row (1-based, as Excel shows it) of a 0-based grid row. */
export function sheetRow(frame: SheetFrame, gridRow: number): number {
  return frame.originRow + gridRow;
}

/** Address of a grid cell as a message shows it, e.g. `Sheet1!D17`. */
export function whereOf(frame: SheetFrame, columnIndex: number, gridRow: number): string {
  return qualifiedAddress(
    cellAddress(frame.originColumn + columnIndex, sheetRow(frame, gridRow)),
    frame.sheetName
  );
}

/**
 * Builds an issue about one grid cell: sheet row, A1 cell, header text and the message from `messages.ts`.
 * @param gridRow - 0-based grid row; the header row for issues about a whole column
 */
export function cellIssue<C extends CellIssueCode>(
  frame: SheetFrame,
  code: C,
  columnIndex: number,
  gridRow: number,
  facts: Omit<MessageParams[C], keyof CellPlace>,
  severity: "error" | "warning" = "error"
): ValidationIssue {
  const row = sheetRow(frame, gridRow);
  const cell = cellAddress(frame.originColumn + columnIndex, row);
  const column = frame.headers[columnIndex] ?? "";
  const where = qualifiedAddress(cell, frame.sheetName);
  const format = issueMessages[code] as (params: MessageParams[C]) => string;
  const message = format({ ...facts, column, where } as MessageParams[C]);
  return { code, severity, column, columnIndex, row, cell, message };
}
