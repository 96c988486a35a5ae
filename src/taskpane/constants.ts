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

/** Name of the dashboard sheet (native charts of the run, written first so it is the tab a user sees). */
export const DASHBOARD_SHEET_NAME = `${SHEET_PREFIX} Dashboard`;

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
/** Ratios such as ROAS (revenue per unit of spend): two decimals tell 1.2 from 1.25 without false precision. */
export const FORMAT_RATIO = "0.00";
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

/**
 * When the pane calls a ROAS estimate tight or wide, from its 90% interval's width relative to the estimate,
 * (upper − lower) / |ROAS|. Up to `tight` (±25% around the estimate) a budget decision can rest on the number; from
 * `wide` (±50% or more) the data cannot separate a channel that barely pays from one that pays well, so the pane
 * suggests a lift test. An interval that reaches 0 or below is always wide: the data cannot tell whether the channel
 * pays at all. The cut-offs follow the usual reading of MMM intervals (Meridian's and Robyn's guides suggest
 * calibration experiments when ROAS intervals span more than about ±50%).
 */
export const ROAS_CONFIDENCE_RULE = { tight: 0.5, wide: 1 } as const;

/** File name of the saved report: the same name `mmm fit` writes, so a reader finds the same file either way. */
export const REPORT_FILE_NAME = "report.html";
