/**
 * Named constants of the task pane (sheet names, number formats, storage keys). Each says why it has its value.
 */

/** Prefix of every sheet the add-in writes; a user can tell the add-in's output apart at a glance. */
export const SHEET_PREFIX = "MMM";

/** Output sheet names in the order they are written (and shown as tabs). */
export const SHEET_NAMES = {
  summary: `${SHEET_PREFIX} Summary`,
  coefficients: `${SHEET_PREFIX} Coefficients`,
  effects: `${SHEET_PREFIX} Effects`,
  fitted: `${SHEET_PREFIX} Fitted`,
  contributions: `${SHEET_PREFIX} Contributions`,
  diagnostics: `${SHEET_PREFIX} Diagnostics`,
  sensitivity: `${SHEET_PREFIX} Sensitivity`,
  budget: `${SHEET_PREFIX} Budget`,
} as const;

/** Excel's limit on a worksheet name's length (characters). @see https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9 */
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * Currency format for money columns. The data carry no currency code, so a plain thousands-separated format with
 * no symbol would hide that these are amounts; `$` matches the sample data (US weekly spend and revenue).
 */
export const FORMAT_CURRENCY = "$#,##0";
/** Percent with one decimal: shares, MAPE/WAPE and budget changes read naturally at this precision. */
export const FORMAT_PERCENT = "0.0%";
/** ISO dates: unambiguous in every locale (weeks are written as Excel date serials with this format). */
export const FORMAT_DATE = "yyyy-mm-dd";
/** General numbers (coefficients, statistics) with 4 decimals: enough for elasticities and p-values. */
export const FORMAT_NUMBER = "0.0000";
/** Excel's own default format, for text and integer counts. */
export const FORMAT_GENERAL = "General";

/**
 * Key of the workbook setting that lists the ids of the sheets the add-in created.
 * Workbook settings (ExcelApi 1.4) are saved with the file, are invisible to the user and stay right when a user renames a
 * sheet (ids do not change). Worksheet custom properties would do the same but need ExcelApi 1.12, which Excel 2016/2019 lack.
 */
export const OUTPUT_SHEETS_SETTING = "mmm.outputSheetIds";

/** Excel's date serial of 1970-01-01 (serials count days from 1899-12-30 in the 1900 date system). */
export const EXCEL_EPOCH_OFFSET_DAYS = 25569;

/** Milliseconds in a day, to turn Excel date serials into JavaScript times. */
export const MS_PER_DAY = 86_400_000;

/** Rows between a table's top and its chart, and the chart's size in rows/columns (placed right of the table). */
export const CHART_SIZE = { columnGap: 1, widthColumns: 8, heightRows: 18 } as const;

/** Minimum pane width the layout is designed and tested for (Excel's narrowest task pane), in CSS pixels. */
export const MIN_PANE_WIDTH_PX = 320;

/** Allowed ranges of the Options fields (holdout share as a fraction, CV folds as a count). */
export const OPTION_LIMITS = {
  holdoutShare: { min: 0, max: 0.5 },
  cvFolds: { min: 2, max: 10 },
  bootstrapReplicates: { min: 0, max: 2000 },
} as const;
