/**
 * Types of experiments/: measured lift tests (geo or on/off experiments) entered beside the weekly data, and the
 * problems found when reading them from a sheet.
 */
import type { ColumnName } from "../types";

/**
 * Which path a test measured: "total" (the channel's whole effect, including the Google spend it induces: a test
 * that let Google react as it does) or "direct" (Google held fixed during the test, so only the direct path).
 */
export type LiftPath = "total" | "direct";

/**
 * One measured experiment on a social channel. Exactly one of `lift` and `roas` is given; `standardError` is in the
 * same units as the one given.
 */
export interface LiftTest {
  readonly channel: ColumnName;
  /** First week of the test (ISO `yyyy-mm-dd`): the data week whose date is on or before it. */
  readonly startWeek: string;
  /** Last week of the test, inclusive (ISO `yyyy-mm-dd`). */
  readonly endWeek: string;
  /**
   * Last week whose revenue the measured lift counts, inclusive (ISO `yyyy-mm-dd`), on or after `endWeek`: a test's
   * read-out (cool-down) weeks catch the carry-over of the spend change after it ended. Absent: `endWeek`.
   */
  readonly readoutEndWeek?: string;
  /**
   * Incremental revenue over the test weeks (through `readoutEndWeek` when given) from the channel's spend in the
   * test weeks (revenue units), or null.
   */
  readonly lift: number | null;
  /** Incremental revenue per unit of the channel's spend in the test weeks, or null. */
  readonly roas: number | null;
  /** Standard error of the measured lift (or ROAS), > 0, in its units. */
  readonly standardError: number;
  readonly path: LiftPath;
  /** Sheet row the test was read from (1-based, header counted), for messages; absent when typed in code. */
  readonly row?: number;
}

/** Problem codes of a lift-test table. */
export type LiftTestIssueCode =
  | "missing_column"
  | "unknown_channel"
  | "bad_week"
  | "week_outside_data"
  | "week_order"
  | "non_numeric"
  | "missing_measure"
  | "both_measures"
  | "non_positive_standard_error"
  | "bad_path";

/** One problem of a lift-test table: where it is and how to fix it. */
export interface LiftTestIssue {
  readonly code: LiftTestIssueCode;
  /** Header text of the column concerned, when one is. */
  readonly column?: string;
  /** Sheet row (1-based, header counted), when one row is concerned. */
  readonly row?: number;
  /** A1 address of the cell, when one cell is concerned. */
  readonly cell?: string;
  readonly message: string;
}

/** What `validateLiftTests` returns: the tests, or every problem found. */
export type LiftTestValidation =
  | { readonly ok: true; readonly tests: readonly LiftTest[] }
  | { readonly ok: false; readonly issues: readonly LiftTestIssue[] };

/** A lift test mapped onto the data: weeks as indices, the measure as incremental revenue over them. */
export interface WindowedLiftTest {
  readonly channel: string;
  readonly path: LiftPath;
  /** The test as entered. */
  readonly test: LiftTest;
  /** Channel spend over the test weeks. */
  readonly spend: number;
  /** First and last week of the spend change, 0-based, inclusive. */
  readonly start: number;
  readonly end: number;
  /** Last week of the read-out, 0-based, inclusive, ≥ end: the lift counts revenue over start..readoutEnd. */
  readonly readoutEnd: number;
  /** Measured incremental revenue over start..readoutEnd (a ROAS test times the channel's spend in the test weeks). */
  readonly lift: number;
  /** Its standard error, revenue units, > 0. */
  readonly standardError: number;
}
