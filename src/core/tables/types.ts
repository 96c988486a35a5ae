/**
 * Types of the one table model: every table a run shows (task pane sheets, runner CSVs, the report's tables) is a
 * `Table` built once from an `MmmRun`, so labels and numbers cannot differ between surfaces.
 */

/**
 * What a column's numbers are, so each renderer can format them its own way: money over all weeks ("currency"),
 * money per week ("currency/week"), a ratio such as ROAS, a fraction shown as a percent, an ISO date (renderers
 * convert: Excel serial, CSV text), a whole count, a plain statistic ("number"), text or a yes/no flag.
 */
export type ColumnUnit =
  | "currency"
  | "currency/week"
  | "ratio"
  | "percent"
  | "date"
  | "count"
  | "number"
  | "text"
  | "boolean";

/** One cell: a number, text (dates as ISO `yyyy-mm-dd`), a flag, or null for "no value" (never NaN). */
export type TableCell = number | string | boolean | null;

/** One row of cells: `[columns]`. */
export type TableRow = readonly TableCell[];

/** One column of a table. */
export interface TableColumn {
  /** Machine-friendly name (the CSV header): snake_case, or a data column's own name. */
  readonly key: string;
  /** What a person reads (sheet and report header). */
  readonly label: string;
  readonly unit: ColumnUnit;
  /** Excel number format of the column's cells (from `UNIT_NUMBER_FORMATS`). */
  readonly numberFormat: string;
}

/** A native chart a renderer may draw beside the table (the task pane does; CSV has none). */
export interface TableChart {
  /** `line` for actual vs fitted, `stackedArea`/`stackedColumn` for contributions. */
  readonly kind: "line" | "stackedArea" | "stackedColumn";
  readonly title: string;
  /** 0-based index of the first column used (the category axis, e.g. Week). */
  readonly firstColumn: number;
  /** How many contiguous columns from `firstColumn` feed the chart (category column included). */
  readonly columnCount: number;
}

/** Every table the model builds, in tab order. */
export type TableId =
  | "summary"
  | "dataChecks"
  | "coefficients"
  | "effects"
  | "fitted"
  | "contributions"
  | "diagnostics"
  | "sensitivity"
  | "budget"
  | "responseCurves"
  | "calibration"
  | "testPlan";

/** One named table of a run. */
export interface Table {
  readonly id: TableId;
  /** Sheet name (≤ 31 characters, Excel's limit). */
  readonly title: string;
  /** File name of the runner's CSV, e.g. "effects.csv". */
  readonly fileName: string;
  /** What one row means, one plain sentence (the same for every run; the README's table lists it). */
  readonly description: string;
  readonly columns: readonly TableColumn[];
  /** Body rows, each `[columns]` long: `[rows][columns]`. */
  readonly rows: readonly TableRow[];
  /** Unit of a single cell where a column mixes kinds (the Summary's Value): `[rows][columns]`, null = the column's. */
  readonly cellUnits?: readonly (readonly (ColumnUnit | null)[])[];
  /** A total row shown after the body; each additive column's cell is the sum of that column over `rows`. */
  readonly total: TableRow | null;
  /** Plain sentences shown under the table: the reference, window or variant the numbers use, for this run. */
  readonly notes: readonly string[];
  readonly chart?: TableChart;
  /**
   * 0-based index of a column whose cells may be a check's status word ("pass", "review", "fail"): renderers colour
   * exactly those cells (green, amber, red; other text in the column is left alone). Absent = no status colouring.
   */
  readonly statusColumn?: number;
}
