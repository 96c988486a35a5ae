/**
 * Types shared across the core. Shapes are written in the doc comments as `[periods]` or `[periods][features]`.
 */

/** A weekly series, one value per week, oldest first: `[periods]`. */
export type Series = Float64Array;

/** Anything that reads like a series: plain arrays are accepted at the edges and copied into Float64Array. */
export type SeriesLike = ArrayLike<number>;

/** A row-major matrix as plain arrays: `[rows][columns]`. */
export type Matrix = ReadonlyArray<ReadonlyArray<number>>;

/** A column's header text as the user typed it, e.g. `facebook_spend`. */
export type ColumnName = string;

/** What a column means to the model. */
export type ColumnRole = "date" | "outcome" | "mediator" | "social" | "control" | "ignored";

/**
 * Which column plays which part. `mediator` is null for a plain single-stage MMM (no indirect effects).
 * Columns not named here are ignored.
 */
export interface ColumnRoles {
  readonly date: ColumnName;
  readonly outcome: ColumnName;
  readonly mediator: ColumnName | null;
  /** Paid channels that act through the mediator (and optionally directly): `[channels]`. */
  readonly social: readonly ColumnName[];
  /** Non-media drivers: price, promotions, CRM sends, followers…: `[controls]`. */
  readonly controls: readonly ColumnName[];
}

/** A validated weekly table: sorted by week, every numeric cell finite, every role resolved. */
export interface Dataset {
  /** ISO dates (`yyyy-mm-dd`) of each week, oldest first: `[periods]`. */
  readonly weeks: readonly string[];
  readonly roles: ColumnRoles;
  /** Numeric columns by header, each `[periods]` in week order (date column excluded). */
  readonly columns: Readonly<Record<ColumnName, Series>>;
  /** For each week (after sorting), the sheet row it came from (1-based, header counted): `[periods]`. */
  readonly sourceRows: readonly number[];
  /** Every header of the input grid, left to right, including ignored columns. */
  readonly headers: readonly ColumnName[];
}
