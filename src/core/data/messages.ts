import type { ValidationIssueCode } from "../errors";

/** Where a problem is, as a message shows it: header text and the cell address (with the sheet when known). */
export interface CellPlace {
  /** Header text of the column. */
  readonly column: string;
  /** A1 address, e.g. `D17` or `Sheet1!D17`. */
  readonly where: string;
}

/** The facts each issue code's message is written from, keyed by code. */
export interface MessageParams {
  readonly empty_table: Record<string, never>;
  readonly no_header: { readonly rowsSearched: number };
  readonly duplicate_header: CellPlace & { readonly firstWhere: string };
  readonly missing_column: {
    /** Role that needs the column, in words (e.g. "mediator"). */
    readonly role: string;
    /** Header the caller asked for, when one was named. */
    readonly requested?: string;
    readonly headers: readonly string[];
  };
  readonly missing_value: CellPlace;
  readonly non_numeric: CellPlace & { readonly value: string };
  readonly excel_error: CellPlace & { readonly value: string };
  readonly negative_spend: CellPlace & { readonly value: number };
  readonly bad_date: CellPlace & {
    readonly value: string;
    readonly order?: "dayFirst" | "monthFirst";
  };
  readonly ambiguous_date_order: CellPlace & { readonly example: string };
  readonly duplicate_week: CellPlace & { readonly week: string; readonly firstRow: number };
  readonly irregular_gap: CellPlace & {
    readonly previousWeek: string;
    readonly week: string;
    readonly days: number;
    readonly previousRow: number;
  };
  readonly too_few_periods: { readonly weeks: number; readonly minWeeks: number };
  readonly too_many_periods: { readonly rows: number; readonly maxWeeks: number };
  readonly constant_column: CellPlace & { readonly value: number };
  readonly all_zero_column: CellPlace;
  readonly role_conflict: CellPlace & { readonly roles: readonly string[] };
  readonly geo_panel: CellPlace & { readonly geos: number; readonly examples: readonly string[] };
  readonly unknown_column: CellPlace & {
    /** Why no role was given: no header, mostly text, spend-like but unmatched, or a name not recognised. */
    readonly reason: "no_header" | "text" | "spend_like" | "unrecognised";
  };
  readonly value_too_large: CellPlace & { readonly value: number; readonly limit: number };
  readonly ambiguous_number: CellPlace & {
    readonly value: string;
    readonly decimalSeparator: "." | ",";
  };
  readonly negative_outcome: CellPlace & { readonly value: number };
  readonly zero_outcome: CellPlace;
  readonly zero_mediator: CellPlace;
}

const IGNORED_REASONS = {
  no_header: "has no header, so the model cannot tell what it holds",
  text: "holds text rather than numbers",
  spend_like: "looks like spend but its name matched no channel",
  unrecognised: "has a name the add-in does not recognise",
} as const;

const ORDER_WORDS = {
  dayFirst: "day-first (dd/mm/yyyy)",
  monthFirst: "month-first (mm/dd/yyyy)",
} as const;

const listHeaders = (headers: readonly string[]): string =>
  headers
    .filter((header) => header !== "")
    .map((header) => `'${header}'`)
    .join(", ") || "(none)";

/**
 * Every ingestion message, keyed by issue code, apart from the checks (zod's `locales/en.ts`). Each says what is
 * wrong, where, and how to fix it, for a marketer looking at the sheet; checks pass the facts, never text.
 *
 * @example
 * issueMessages.negative_spend({ column: "tiktok_spend", where: "Sheet1!D17", value: -40 });
 * // => "Column 'tiktok_spend' has a negative spend (-40) at Sheet1!D17; spend must be 0 or more. Correct the value or enter refunds as 0."
 * @see {@link https://github.com/colinhacks/zod/blob/main/packages/zod/src/v4/locales/en.ts | zod's message map}
 */
export const issueMessages: {
  readonly [C in ValidationIssueCode]: (params: MessageParams[C]) => string;
} = {
  empty_table: () =>
    "The selection is empty: select the whole table, header row included (one row per week).",
  no_header: ({ rowsSearched }) =>
    `No header row found in the ${rowsSearched} rows selected: the first row of the table must name each column ` +
    "(e.g. week, revenue, facebook_spend). Add a header row or include it in the selection.",
  duplicate_header: ({ column, where, firstWhere }) =>
    `The header '${column}' at ${where} is used twice (first at ${firstWhere}); give every column its own name.`,
  missing_column: ({ role, requested, headers }) =>
    requested !== undefined
      ? `There is no column '${requested}' for the ${role}; the headers are ${listHeaders(headers)}. ` +
        "Pick one of them or correct the header."
      : `No column was recognised as the ${role}; the headers are ${listHeaders(headers)}. ` +
        `Choose the ${role} column in the roles, or rename its header.`,
  missing_value: ({ column, where }) =>
    `Column '${column}' has a blank cell at ${where}; enter a number (0 for no spend or no activity).`,
  non_numeric: ({ column, where, value }) =>
    `Column '${column}' has "${value}" at ${where}, which is not a number; enter a number ` +
    "(e.g. 1234.5, 1,234.50, $2,500 or 12%).",
  excel_error: ({ column, where, value }) =>
    `Column '${column}' has the Excel error ${value} at ${where}; fix the formula or replace it with a number.`,
  negative_spend: ({ column, where, value }) =>
    `Column '${column}' has a negative spend (${value}) at ${where}; spend must be 0 or more. ` +
    "Correct the value or enter refunds as 0.",
  bad_date: ({ column, where, value, order }) =>
    `Column '${column}' has "${value}" at ${where}, which is not a date` +
    (order === undefined ? "" : ` when read ${ORDER_WORDS[order]}`) +
    "; enter the week's date as 2023-09-17 or as an Excel date.",
  ambiguous_date_order: ({ column, where, example }) =>
    `The dates in column '${column}' (header at ${where}) can be read day-first or month-first ` +
    `(e.g. "${example}"); choose the date order (day-first dd/mm/yyyy or month-first mm/dd/yyyy), ` +
    "or write dates as 2023-09-17.",
  duplicate_week: ({ column, where, week, firstRow }) =>
    `The week ${week} at ${where} (column '${column}') appears again after row ${firstRow}; ` +
    "keep one row per week (sum or delete the duplicate).",
  irregular_gap: ({ where, previousWeek, week, days, previousRow }) =>
    `The weeks ${previousWeek} (row ${previousRow}) and ${week} (${where}) are ${days} days apart, not 7; ` +
    "the table needs one row for every week: add the missing weeks (with 0 spend) or fix the dates.",
  too_few_periods: ({ weeks, minWeeks }) =>
    `The table has ${weeks} weeks of data; the model needs at least ${minWeeks}. ` +
    "Select more weeks (two years of weekly data is better).",
  too_many_periods: ({ rows, maxWeeks }) =>
    `The table has ${rows.toLocaleString("en-US")} rows of data; the model serves at most ` +
    `${maxWeeks.toLocaleString("en-US")} weeks (about ${Math.floor(maxWeeks / 52)} years). ` +
    "If the rows are days, sum them to one row per week; if the table stacks several regions or products, " +
    "fit each one on its own (or sum them per week); otherwise keep the most recent weeks (2–5 years is typical).",
  constant_column: ({ column, where, value }) =>
    `Column '${column}' (${where}) has the same value (${value}) in every week, so the model cannot learn ` +
    "its effect; it will be kept, but consider removing it.",
  all_zero_column: ({ column, where }) =>
    `Column '${column}' (${where}) is 0 in every week, so the model cannot learn its effect; it will be kept, ` +
    "but consider removing it.",
  role_conflict: ({ column, where, roles }) =>
    `Column '${column}' (${where}) was given more than one role (${roles.join(" and ")}); give it one role only.`,
  geo_panel: ({ column, where, geos, examples }) =>
    `The table repeats each week for ${geos} values of '${column}' (${where}: ${examples.join(", ")}${geos > examples.length ? ", …" : ""}): ` +
    "the add-in takes one national weekly series. Sum the geos per week first (e.g. with a PivotTable), " +
    "then select the summed table.",
  unknown_column: ({ column, where, reason }) =>
    `Column ${column === "" ? "without a header" : `'${column}'`} (${where}) ${IGNORED_REASONS[reason]}, ` +
    "so it is not used by the model; give it a header and a role if it should be.",
  value_too_large: ({ column, where, value, limit }) =>
    `Column '${column}' has ${value} at ${where}, larger in size than ${limit}; such values overflow the fit. ` +
    "Check the value, or rescale the column (e.g. enter thousands or millions).",
  ambiguous_number: ({ column, where, value, decimalSeparator }) =>
    `Column '${column}' has "${value}" at ${where}, which cannot be read as a number with ` +
    `"${decimalSeparator}" as the decimal separator and "${decimalSeparator === "." ? "," : "."}" between thousands; ` +
    "enter a plain number such as 1234.5, or choose the decimal separator the sheet uses.",
  negative_outcome: ({ column, where, value }) =>
    `Column '${column}' (the outcome) has a negative value (${value}) at ${where}; revenue or sales must be 0 ` +
    "or more. Correct the value or pick the right outcome column.",
  zero_outcome: ({ column, where }) =>
    `Column '${column}' (the outcome, ${where}) is 0 in every week, so there is nothing to explain; ` +
    "select the column that holds revenue or sales.",
  zero_mediator: ({ column, where }) =>
    `Column '${column}' (the search/mediator spend, ${where}) is 0 in every week, so its role cannot be ` +
    "estimated; select the right search spend column or choose no mediator.",
};

/**
 * Text of the summary that stands in for the cells not listed one by one (see `MAX_LISTED_CELLS`).
 * @param column - header text
 * @param omitted - number of cells not listed
 * @param firstRow - first sheet row not listed
 * @param lastRow - last sheet row not listed
 * @returns the summary sentence
 * @example
 * moreCellsMessage("tv_S", 9980, 22, 10001);
 * // => "…and 9980 more cells in column 'tv_S' with the same problem (rows 22–10001); fix the ones above and check the rest of the column."
 */
export function moreCellsMessage(
  column: string,
  omitted: number,
  firstRow: number,
  lastRow: number
): string {
  return (
    `…and ${omitted} more cell${omitted === 1 ? "" : "s"} in column '${column}' with the same problem ` +
    `(rows ${firstRow}–${lastRow}); fix the ones above and check the rest of the column.`
  );
}

/**
 * Text of one issue standing for a range of consecutive cells with the same problem (see `MIN_GROUPED_CELLS`).
 * @param column - header text
 * @param range - A1 range, e.g. `D5:D40`
 * @param count - cells in the range
 * @param firstMessage - the message of the range's first cell, which says how to fix it
 * @returns the grouped sentence
 * @example
 * cellRunMessage("tv_S", "D5:D40", 36, "Column 'tv_S' has \"tbd\" at D5, which is not a number; …");
 * // => "D5:D40 (36 cells) in column 'tv_S' have the same problem. First cell: Column 'tv_S' has \"tbd\" at D5, which is not a number; …"
 */
export function cellRunMessage(
  column: string,
  range: string,
  count: number,
  firstMessage: string
): string {
  return `${range} (${count} cells) in column '${column}' have the same problem. First cell: ${firstMessage}`;
}
