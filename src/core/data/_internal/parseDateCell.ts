import {
  EXCEL_EPOCH_OFFSET_DAYS,
  EXCEL_FAKE_LEAP_DAY_SERIAL,
  EXCEL_MAX_SERIAL,
  EXCEL_MIN_SERIAL,
  MILLISECONDS_PER_DAY,
  TWO_DIGIT_YEAR_BASE,
} from "../constants";
import type { CellValue } from "./readCell";

/** A date cell read as far as the cell alone allows; `pair` texts need the column's day/month order. */
export type DateCell =
  | { readonly kind: "day"; readonly day: number }
  | {
      readonly kind: "pair";
      readonly first: number;
      readonly second: number;
      readonly year: number;
    }
  | { readonly kind: "blank" }
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "invalid" };

const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
const ISO_DATE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const INVALID: DateCell = { kind: "invalid" };

/** Whole days since 1970-01-01 of a calendar date, or undefined when the date does not exist (e.g. 31/02). */
export function dayNumber(year: number, month: number, day: number): number | undefined {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  return Math.round(time / MILLISECONDS_PER_DAY);
}

/** ISO text (`yyyy-mm-dd`) of a day number from {@link dayNumber}. */
export function isoOfDay(day: number): string {
  return new Date(day * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of a `day`/`pair` resolved with a day/month order, or undefined when it is not a real date. */
export function resolvePair(
  cell: { readonly first: number; readonly second: number; readonly year: number },
  order: "dayFirst" | "monthFirst"
): number | undefined {
  return order === "dayFirst"
    ? dayNumber(cell.year, cell.second, cell.first)
    : dayNumber(cell.year, cell.first, cell.second);
}

/** An Excel serial date as a day number; serials Excel cannot show as a real date are invalid. */
function fromSerial(value: number): DateCell {
  if (value < EXCEL_MIN_SERIAL || value >= EXCEL_MAX_SERIAL + 1) return INVALID;
  const serial = Math.floor(value);
  if (serial === EXCEL_FAKE_LEAP_DAY_SERIAL) return INVALID;
  const shift = serial < EXCEL_FAKE_LEAP_DAY_SERIAL ? 1 : 0;
  return { kind: "day", day: serial - EXCEL_EPOCH_OFFSET_DAYS + shift };
}

function withinYears(day: number): DateCell {
  const year = Number(isoOfDay(day).slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR ? { kind: "day", day } : INVALID;
}

/**
 * Reads a week's date from a cell: an Excel serial (45186 → 2023-09-17, epoch 1899-12-30, time of day dropped, Excel's 1900 leap-year quirk honoured),
 * a JavaScript `Date` (rounded to the nearest UTC day, so local midnight in any time zone within ±12 h keeps its
 * calendar day), ISO text `2023-09-17` (also `2023/09/17`, with an optional time), or `17/09/2023`-style text
 * whose order the caller resolves for the whole column.
 */
export function parseDateCell(cell: CellValue): DateCell {
  switch (cell.kind) {
    case "blank":
      return { kind: "blank" };
    case "error":
      return { kind: "error", text: cell.text };
    case "number":
      return fromSerial(cell.value);
    case "date":
      return withinYears(Math.round(cell.time / MILLISECONDS_PER_DAY));
    case "boolean":
      return INVALID;
    case "text": {
      const iso = ISO_DATE.exec(cell.text);
      if (iso) {
        const day = dayNumber(Number(iso[1]), Number(iso[2]), Number(iso[3]));
        return day === undefined ? INVALID : { kind: "day", day };
      }
      const pair = DAY_MONTH_DATE.exec(cell.text);
      if (!pair) return INVALID;
      const yearText = pair[3] ?? "";
      const year =
        yearText.length === 2 ? TWO_DIGIT_YEAR_BASE + Number(yearText) : Number(yearText);
      return { kind: "pair", first: Number(pair[1]), second: Number(pair[2]), year };
    }
  }
}
