/**
 * Defaults and thresholds of table ingestion (`toDataset`). Each value says where it comes from or why it has
 * the value it has; change them here, never inline.
 */

/**
 * Fewest weeks a table must have before a model is fitted. Half a year of weekly data is the least that leaves
 * degrees of freedom for 4–6 channels, 5 controls, trend and seasonality terms plus adstock lags; Robyn's and
 * Meridian's guidance asks for far more (≥ 1–2 years), so this is a floor, not a target.
 */
export const DEFAULT_MIN_WEEKS = 26;

/**
 * Most data rows a table may have. A fit with no bootstrap took 8 s at 2,000 weeks × 5 channels and 21 s at 5,000
 * (bench/fitSizeBench.ts, 2 cores), before the 200 bootstrap replicates the runner and pane add by default and in a
 * browser task pane with less memory than Node; 2,000 weeks is also 38 years, so a longer table is almost always
 * daily rows or stacked regions, which the refusal tells the user how to fix. Checked before any cell is parsed,
 * so a 10,000-row table is refused at once.
 */
export const MAX_WEEKS = 2_000;

/** Days between two consecutive weeks of a weekly series. */
export const DAYS_PER_WEEK = 7;

/**
 * Most cells listed one by one for a single column and problem; the rest are folded into one summary issue so
 * a 10,000-row mess stays readable in the task pane.
 */
export const MAX_LISTED_CELLS = 20;

/**
 * Fewest cells on consecutive rows with the same problem in one column that are listed as one range
 * (`D5:D40 (36 cells)`) instead of cell by cell; two cells read as well one by one.
 */
export const MIN_GROUPED_CELLS = 3;

/**
 * Days from Excel's serial-date epoch (serial 0 = 1899-12-30, the epoch that absorbs Excel's fictitious
 * 1900-02-29) to the Unix epoch 1970-01-01. Serial 45186 is 2023-09-17.
 * @see https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
 */
export const EXCEL_EPOCH_OFFSET_DAYS = 25569;

/** Largest serial Excel can show as a date (9999-12-31); larger numbers cannot be dates. */
export const EXCEL_MAX_SERIAL = 2958465;

/** Smallest serial accepted as a date (1900-01-01); 0 and negatives are not dates in Excel. */
export const EXCEL_MIN_SERIAL = 1;

/**
 * Serial of Excel's fictitious 1900-02-29 (kept from Lotus 1-2-3); serials below it are one day later than the
 * 1899-12-30 epoch says (serial 1 is 1900-01-01), and this serial itself is no real date.
 * @see https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
 */
export const EXCEL_FAKE_LEAP_DAY_SERIAL = 60;

/** Milliseconds in a day, to turn JavaScript `Date` objects into whole days. */
export const MILLISECONDS_PER_DAY = 86_400_000;

/** Two-digit years (e.g. `17/09/23`) are read as 20yy, matching Excel's 1930–2029 window for years < 30. */
export const TWO_DIGIT_YEAR_BASE = 2000;

/**
 * Error values Excel hands to add-ins as text (Office.js `values` gives `#N/A`, `#DIV/0!`…).
 * @see https://support.microsoft.com/en-us/office/how-to-correct-a-n-a-error-in-excel
 */
export const EXCEL_ERROR_VALUES: readonly string[] = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

/**
 * A row is the header row when more than this share of its non-empty cells is non-numeric text (and at least
 * {@link MIN_HEADER_TEXT_CELLS} are), so a title row or notes above the table are skipped.
 */
export const HEADER_TEXT_SHARE = 0.5;

/** A header row needs at least a date and an outcome header, so at least two text cells. */
export const MIN_HEADER_TEXT_CELLS = 2;

/**
 * A column found by its name to be a control is dropped to `ignored` when more than this share of its non-empty
 * cells is text (Robyn's `events` column holds holiday names such as "na", not numbers).
 */
export const TEXT_COLUMN_SHARE = 0.5;

/**
 * Largest magnitude accepted in a numeric column. Above 2^53 ≈ 9.007e15 float64 no longer holds every whole
 * currency unit, and the fit sums squares and cross products of columns over all weeks (scaled by adstock and
 * saturation), so values near 1e300 overflow to Infinity there. 1e15 (a quadrillion) is far above any weekly
 * spend or revenue, keeps x² · weeks ≈ 1e30 · 10^4 far below Number.MAX_VALUE (1.8e308), and leaves exact cents.
 */
export const MAX_ABS_VALUE = 1e15;

/**
 * Decimal separator used to read numbers typed as text when none is given: ".", with "," between thousands
 * (`1,234.50`), as Excel shows numbers in English locales.
 */
export const DEFAULT_DECIMAL_SEPARATOR = ".";
