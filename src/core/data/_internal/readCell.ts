import { EXCEL_ERROR_VALUES } from "../constants";

/** One cell value as ingestion sees it, whatever type Excel, a CSV reader or a caller handed over. */
export type CellValue =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "date"; readonly time: number };

const BLANK: CellValue = { kind: "blank" };
const ERROR_VALUES = new Set(EXCEL_ERROR_VALUES);
/** Plain decimal or scientific notation, as Excel's "number stored as text" shows it (no thousands separators). */
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Text of any value without ever throwing (objects may have throwing `toString`, symbols refuse templates). */
export function safeText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return "(unreadable value)";
  }
}

/**
 * Classifies one raw cell. Numbers stored as text are read as numbers, `""`/`null`/`undefined`/whitespace as
 * blank, Excel error strings as errors, valid `Date` objects as dates; never throws. With "," as the decimal
 * separator, number text holding a "." (`21.310`, German for 21310) stays text, for `parseNumberText` to read
 * with that separator rather than as 21.31.
 */
export function readCell(cell: unknown, decimalSeparator: "." | "," = "."): CellValue {
  try {
    if (cell === null || cell === undefined) return BLANK;
    if (typeof cell === "number") {
      return Number.isFinite(cell)
        ? { kind: "number", value: cell }
        : { kind: "text", text: String(cell) };
    }
    if (typeof cell === "string") {
      const text = cell.trim();
      if (text === "") return BLANK;
      if (ERROR_VALUES.has(text.toUpperCase())) return { kind: "error", text: text.toUpperCase() };
      if (NUMBER_TEXT.test(text) && !(decimalSeparator === "," && text.includes("."))) {
        return { kind: "number", value: Number(text) };
      }
      return { kind: "text", text };
    }
    if (typeof cell === "boolean") return { kind: "boolean", value: cell };
    if (Object.prototype.toString.call(cell) === "[object Date]") {
      const time = (cell as Date).getTime();
      return Number.isFinite(time)
        ? { kind: "date", time }
        : { kind: "text", text: "Invalid Date" };
    }
    return { kind: "text", text: safeText(cell) };
  } catch {
    return { kind: "text", text: "(unreadable value)" };
  }
}

/** The cell as a user would recognise it in a message, shortened so a long note does not swamp the text. */
export function showCell(cell: CellValue): string {
  const limit = 40;
  switch (cell.kind) {
    case "number":
      return String(cell.value);
    case "blank":
      return "(blank)";
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "date":
      return new Date(cell.time).toISOString().slice(0, 10);
    case "error":
    case "text":
      return cell.text.length > limit ? `${cell.text.slice(0, limit)}…` : cell.text;
  }
}
