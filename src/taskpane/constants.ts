/**
 * Named constants of the task pane (sheet names, number formats, storage keys). Each says why it has its value.
 */

/** Name of the dashboard sheet (native charts of the run, written first so it is the tab a user sees). */
export const DASHBOARD_SHEET_NAME = "MMM Dashboard";

/** Excel's limit on a worksheet name's length (characters). @see https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9 */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Excel's own default format, for a column a sheet gives no format. */
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

/**
 * Fill and font colour of a pass / review / fail cell on the sheets: green, amber, red, the report's badge colours
 * (src/report/reportStyles.ts) so a status looks the same on every surface; dark text on a pale fill keeps the word
 * readable (contrast above 4.5:1) and in grey print, where the word itself carries the meaning.
 */
export const STATUS_COLOURS = {
  pass: { fill: "#DCFCE7", fontColor: "#166534" },
  review: { fill: "#FEF3C7", fontColor: "#92400E" },
  fail: { fill: "#FEE2E2", fontColor: "#991B1B" },
} as const;

/**
 * Name of the user's lift-test sheet (issue 16). The pane reads it when the data are read and again at Fit, and
 * writes to it only once: when "Add an experiments sheet" creates it. Not an "MMM " output sheet the add-in records,
 * so a new fit never replaces or deletes it.
 */
export const EXPERIMENTS_SHEET_NAME = "MMM Experiments";

/**
 * The example beside the header of a new experiments sheet (in a cell right of the table, never a table row, so no
 * made-up test can reach a fit): one test in the columns' order, the two rules people most often miss, and what the
 * optional read-out week means.
 */
export const EXPERIMENTS_EXAMPLE_NOTE =
  "Example (one test per row in the table, this note is not read): tiktok_spend | 2024-03-04 | 2024-04-22 | " +
  "2024-05-13 | 52000 | (blank) | 9000 | total. Give lift or roas, not both; standard_error is in the same units; " +
  "readout_end_week is the last week the measured lift counts (the test plus its cool-down; blank = end_week); " +
  "path is total (default) or direct (search held fixed during the test).";

/** Columns between the experiments table and its example note: one empty column keeps the note out of the table. */
export const EXPERIMENTS_NOTE_GAP_COLUMNS = 1;
