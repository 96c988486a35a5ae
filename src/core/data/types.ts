import type { ValidationIssue } from "../errors";
import type { ColumnRole, ColumnRoles, Dataset } from "../types";

/** Options of {@link toDataset}; every field is optional. */
export interface ToDatasetOptions {
  /**
   * Roles chosen by the caller; each field given replaces the detected one (explicit roles win), and a header
   * claimed here is removed from the detected roles. `mediator: null` asks for a plain single-stage MMM (a detected
   * google_spend column is then ignored unless it is listed in `social`). Headers match ignoring case and spacing.
   * @defaultValue roles detected from the headers ({@link detectRoles})
   */
  readonly roles?: Partial<ColumnRoles>;
  /**
   * How to read `17/09/2023`-style dates when no day above 12 tells.
   * @defaultValue inferred from the column; an `ambiguous_date_order` issue when it cannot be
   */
  readonly dateOrder?: "dayFirst" | "monthFirst";
  /**
   * 1-based sheet row and column of the grid's top-left cell, so issues name the sheet's rows and A1 cells.
   * @defaultValue `{ row: 1, column: 1 }` (the grid starts at A1)
   */
  readonly origin?: { readonly row: number; readonly column: number };
  /** Sheet name shown in messages (`Sheet1!D17`). @defaultValue none (addresses without a sheet) */
  readonly sheetName?: string;
  /** Fewest weeks accepted. @defaultValue {@link DEFAULT_MIN_WEEKS} (26) */
  readonly minWeeks?: number;
  /**
   * Decimal separator of numbers typed as text (number cells are read as they are). With "." the other
   * separator "," groups thousands (`1,234.50`); with "," it is "." (`1.234,50`). Currency symbols ($ € £ ¥ ₹,
   * USD/EUR/GBP/CHF) are dropped and `12.5%` reads as 0.125. Text that breaks the grouping (`2,5` when "." is the
   * separator) is an `ambiguous_number` issue, never guessed.
   * @defaultValue {@link DEFAULT_DECIMAL_SEPARATOR} (".")
   */
  readonly decimalSeparator?: "." | ",";
}

/** One column of the grid with the role it plays, as the task pane lists them. */
export interface ColumnRoleEntry {
  /** Header text as typed. */
  readonly header: string;
  /** 0-based column index within the grid. */
  readonly columnIndex: number;
  readonly role: ColumnRole;
}

/** A table that passed: the dataset, any warnings, and the roles (detected and used) per column. */
export interface IngestionSuccess {
  readonly ok: true;
  readonly dataset: Dataset;
  /** Issues of severity `warning` (constant or all-zero columns…). */
  readonly warnings: readonly ValidationIssue[];
  /** Roles guessed from the headers before the caller's roles were applied. */
  readonly detectedRoles: ColumnRoles;
  /** Every column left to right with its final role: `[columns]`. */
  readonly columnRoles: readonly ColumnRoleEntry[];
}

/** A table that cannot be used: every problem found (errors and warnings), not just the first. */
export interface IngestionFailure {
  readonly ok: false;
  readonly issues: readonly ValidationIssue[];
  /** Roles guessed from the headers, or null when no header row was found. */
  readonly detectedRoles: ColumnRoles | null;
  /** Every column with its role as far as it could be resolved; empty when no header row was found. */
  readonly columnRoles: readonly ColumnRoleEntry[];
}

/** Outcome of {@link toDataset}: check `ok` before reading `dataset`. */
export type IngestionResult = IngestionSuccess | IngestionFailure;
