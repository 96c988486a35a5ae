/**
 * Typed errors of the numerical core. Every error carries a literal `code` that surfaces can switch on and a
 * `message` written for a marketer looking at a sheet. Surfaces (task pane, custom functions, CLI) map them once.
 */

/** Codes of problems found in a table of weekly data. */
export type ValidationIssueCode =
  | "empty_table"
  | "no_header"
  | "duplicate_header"
  | "missing_column"
  | "missing_value"
  | "non_numeric"
  | "excel_error"
  | "negative_spend"
  | "bad_date"
  | "ambiguous_date_order"
  | "duplicate_week"
  | "irregular_gap"
  | "too_few_periods"
  | "too_many_periods"
  | "constant_column"
  | "all_zero_column"
  | "role_conflict"
  | "geo_panel"
  | "unknown_column"
  | "value_too_large"
  | "ambiguous_number"
  | "negative_outcome"
  | "zero_outcome"
  | "zero_mediator";

/** One problem found in the input table; `row` is the sheet row (header counted), `column` the header text. */
export interface ValidationIssue {
  readonly code: ValidationIssueCode;
  /** `error` blocks a fit; `warning` is reported and the fit goes on. */
  readonly severity: "error" | "warning";
  /** Header text of the column concerned, when one is. */
  readonly column?: string;
  /** 0-based column index within the selected grid, when a column is concerned. */
  readonly columnIndex?: number;
  /** Sheet row number as Excel shows it (1-based, the header row counted), when one row is concerned. */
  readonly row?: number;
  /** A1-style cell address (e.g. `D17`), or a range (`D5:D40`) for consecutive cells with the same problem. */
  readonly cell?: string;
  /** What is wrong and how to fix it, in plain words. */
  readonly message: string;
}

export type MmmErrorCode =
  "data_validation" | "invalid_parameter" | "numerical" | "model_not_fitted" | "cancelled";

/** Base class of every error the core throws on purpose. */
export abstract class MmmError extends Error {
  abstract readonly code: MmmErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
    // Keeps `instanceof` working when the build target down-levels classes.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = new.target.name;
  }
}

/** The table cannot be used as it is; `issues` lists every problem found, not just the first. */
export class DataValidationError extends MmmError {
  readonly code = "data_validation" as const;
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[], message?: string) {
    const errors = issues.filter((issue) => issue.severity === "error");
    super(
      message ??
        (errors.length === 1
          ? (errors[0] as ValidationIssue).message
          : `The table has ${errors.length} problems to fix:\n` +
            errors.map((e) => `- ${e.message}`).join("\n"))
    );
    this.issues = issues;
  }
}

/** An argument is of the wrong kind or outside its range (the analogue of TypeError/RangeError). */
export class InvalidParameterError extends MmmError {
  readonly code = "invalid_parameter" as const;
  /** Name of the parameter concerned, in the caller's words (e.g. `decay`). */
  readonly parameter: string;
  constructor(parameter: string, message: string) {
    super(message);
    this.parameter = parameter;
  }
}

/** A numerical method failed where a result was requested (singular system, no convergence). */
export class NumericalError extends MmmError {
  readonly code = "numerical" as const;
}

/** A fitted model was needed and there is none. */
export class ModelNotFittedError extends MmmError {
  readonly code = "model_not_fitted" as const;
}

/** A long computation was cancelled by the user; nothing was produced. */
export class CancelledError extends MmmError {
  readonly code = "cancelled" as const;
  constructor(message = "The fit was cancelled; nothing was written.") {
    super(message);
  }
}
