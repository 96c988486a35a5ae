import type { TableChart } from "../../core/tables/types";

/**
 * The plain-data description of one output sheet: what `sheetFromTable` makes from a table of the one table model
 * (core/tables) and what excel/writeResultSheets.ts writes. No Office types here, so it is unit-tested without Excel.
 */

/** One cell as written: numbers (dates as Excel serials), text or booleans. Empty cells are "". */
export type CellValue = string | number | boolean;

/** A native chart built from contiguous columns of the sheet's table (the table model's chart). */
export type ChartSpec = TableChart;

/**
 * A conditional format on one column's body cells: Excel fills a cell and colours its text when the cell's value
 * equals `equals` (case-insensitive, as Excel compares text). The format stays live if a user edits the cell.
 */
export interface ConditionalFormatSpec {
  /** 0-based column of the sheet's table. */
  readonly column: number;
  /** The text a cell must equal, e.g. "fail". */
  readonly equals: string;
  /** Fill colour, "#RRGGBB". */
  readonly fill: string;
  /** Font colour, "#RRGGBB". */
  readonly fontColor: string;
}

/** One output sheet: header row, data rows and a number format per column. */
export interface SheetSpec {
  /** Preferred sheet name (≤ 31 characters); the writer adds " (2)" etc. when a user's sheet has it. */
  readonly name: string;
  /** Column headers: `[columns]`. */
  readonly header: readonly string[];
  /** Data rows, each `[columns]` long: `[rows][columns]`. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Excel number format per column: `[columns]` (the column unit's format, core/tables/constants.ts). */
  readonly numberFormats: readonly string[];
  /**
   * Per-cell formats overriding `numberFormats` where a column mixes kinds (e.g. the Summary's Value column):
   * `[rows][columns]`, "" = use the column's format.
   */
  readonly cellNumberFormats?: readonly (readonly string[])[];
  /** Optional native chart placed to the right of the table. */
  readonly chart?: ChartSpec;
  /**
   * Plain sentences written under the table (one per row, column A, after a blank row): the window, reference or
   * variant the numbers use, so the sheet states them as the CSV's table and the report do.
   */
  readonly notes?: readonly string[];
  /** Conditional formats of body cells (the status colours of a table's status column). @defaultValue none */
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  /** Data rows the chart covers (the body, without a total row below it). @defaultValue every row */
  readonly chartRowCount?: number;
}
