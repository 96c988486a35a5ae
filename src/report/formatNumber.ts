import { NUMBER_LOCALE } from "./constants";

/**
 * How a number is shown: `amount` (money or revenue: thousands separators, no decimals from 100 up), `count`
 * (whole number), `ratio` (two decimals, e.g. ROAS 1.84), `percent` (a fraction shown as 12.3%), `signedPercent`
 * (+12.3% / −4.0%), `signedAmount` (+1,234 / −56), `statistic` (three significant digits, e.g. R² 0.912).
 */
export type NumberStyle =
  "amount" | "count" | "ratio" | "percent" | "signedPercent" | "signedAmount" | "statistic";

/** What a missing or undefined value shows as: an em dash, never "NaN" or "null". */
const MISSING = "—";

/** Below this magnitude an amount keeps three significant digits (small amounts would otherwise read as 0 or 1). */
const SMALL_AMOUNT = 100;

const formatters = {
  whole: new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 0 }),
  small: new Intl.NumberFormat(NUMBER_LOCALE, { maximumSignificantDigits: 3 }),
  ratio: new Intl.NumberFormat(NUMBER_LOCALE, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }),
  percent: new Intl.NumberFormat(NUMBER_LOCALE, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }),
  statistic: new Intl.NumberFormat(NUMBER_LOCALE, { maximumSignificantDigits: 3 }),
};

/** A real minus sign reads better than a hyphen in tables. */
const minus = (text: string): string => text.replace(/^-/, "−");

function amount(value: number): string {
  const format = Math.abs(value) >= SMALL_AMOUNT ? formatters.whole : formatters.small;
  return minus(format.format(value));
}

/**
 * Formats a number for the report (en-US separators; a real minus sign). Null, undefined, NaN and ±Infinity
 * show as "—", so a missing estimate never looks like a number.
 *
 * @param value - the number (fractions for the percent styles: 0.123 is 12.3%)
 * @param style - see {@link NumberStyle}; default "amount"
 * @returns display text
 * @example
 * formatNumber(1234567.8); // => "1,234,568"
 * formatNumber(0.1234, "percent"); // => "12.3%"
 * formatNumber(-0.04, "signedPercent"); // => "−4.0%"
 * formatNumber(null, "ratio"); // => "—"
 * @see https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/NumberFormat
 */
export function formatNumber(
  value: number | null | undefined,
  style: NumberStyle = "amount"
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  switch (style) {
    case "amount":
      return amount(value);
    case "count":
      return minus(formatters.whole.format(value));
    case "ratio":
      return minus(formatters.ratio.format(value));
    case "percent":
      return minus(formatters.percent.format(value));
    case "signedPercent":
      return (value > 0 ? "+" : "") + minus(formatters.percent.format(value));
    case "signedAmount":
      return (value > 0 ? "+" : "") + amount(value);
    case "statistic":
      return minus(formatters.statistic.format(value));
    default: {
      const never: never = style;
      return String(never);
    }
  }
}
