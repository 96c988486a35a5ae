import type { CellValue } from "./readCell";

/** What a text cell reads as in a numeric column. */
export type NumberText =
  | { readonly kind: "number"; readonly value: number }
  /** Only digits, separators and signs, but not grouped as the decimal separator says (e.g. "2,5" with "."). */
  | { readonly kind: "ambiguous" }
  | { readonly kind: "text" };

/** Currency symbols and codes that may stand before or after an amount; they carry no value. */
const CURRENCY = /^(?:[$€£¥₹]|usd|eur|gbp|chf)\s*|\s*(?:[$€£¥₹]|usd|eur|gbp|chf)$/i;
const NUMBERISH = /^[\d.,'\s\u00a0\u202f]+$/;

/**
 * Reads number text as a marketer types it: an optional sign, currency symbol (`$2,500`, `2.500 €`) and percent
 * sign (`12.5%` → 0.125), digits grouped in thousands by the other separator (`1,234,567.89` when the decimal
 * separator is `.`; `1.234.567,89` when it is `,`). Text made of digits and separators that breaks this rule
 * (`2,5` or `1.234.567` with `.` as the decimal separator) is ambiguous rather than guessed; anything else is text.
 */
export function parseNumberText(raw: string, decimalSeparator: "." | ","): NumberText {
  let text = raw.trim();
  let sign = 1;
  let scale = 1;
  if (text.endsWith("%")) {
    scale = 0.01;
    text = text.slice(0, -1).trim();
  }
  const signMatch = /^([+-])\s*/.exec(text);
  if (signMatch) {
    sign = signMatch[1] === "-" ? -1 : 1;
    text = text.slice(signMatch[0].length);
  }
  text = text.replace(CURRENCY, "").trim();
  if (!signMatch && /^-/.test(text)) {
    sign = -1;
    text = text.slice(1).trim();
  }
  if (text === "" || !NUMBERISH.test(text) || !/\d/.test(text)) return { kind: "text" };
  const thousands = decimalSeparator === "." ? "," : ".";
  const t = thousands === "." ? "\\." : ",";
  const d = decimalSeparator === "." ? "\\." : ",";
  const plain = new RegExp(`^(?:\\d+(?:${d}\\d*)?|${d}\\d+)$`);
  const grouped = new RegExp(`^\\d{1,3}(?:${t}\\d{3})+(?:${d}\\d+)?$`);
  if (!plain.test(text) && !grouped.test(text)) return { kind: "ambiguous" };
  const value = Number(text.split(thousands).join("").replace(decimalSeparator, "."));
  return Number.isFinite(value)
    ? { kind: "number", value: sign * value * scale }
    : { kind: "ambiguous" };
}

/** True for a text cell that is words, not number text such as `12%` or `$2,500`. */
export function isWordText(cell: CellValue | undefined, decimalSeparator: "." | ","): boolean {
  return cell?.kind === "text" && parseNumberText(cell.text, decimalSeparator).kind === "text";
}
