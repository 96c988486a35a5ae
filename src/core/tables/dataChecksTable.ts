import type { DataCheck } from "../health/types";
import { STATUS_ORDER, TABLE_TITLE_PREFIX } from "./constants";
import { withReadableNames } from "./withReadableNames";
import { column } from "./_internal/tableParts";
import type { Table, TableRow } from "./types";

/** What one row of the Data checks table means. */
export const DATA_CHECKS_DESCRIPTION =
  "One check of the data made before the fit (weeks per parameter, spend variation, always-on channels, zero " +
  "weeks, correlated channels, outcome collapses and breaks): its pass/review/fail status, what was measured and " +
  "what would help; failed checks first.";

/** Index of the Status column. */
const STATUS_COLUMN = 0;

const checkRow = (check: DataCheck): TableRow => [
  check.status,
  withReadableNames(check.title, check.columns),
  withReadableNames(check.finding, check.columns),
  // A passing check recommends nothing: an empty cell (null), as every table writes "no value".
  check.recommendation === "" ? null : withReadableNames(check.recommendation, check.columns),
];

/**
 * The Data checks table: each check `preflight` made before the fit, failed ones first, then those to review, then
 * those that pass (in the checks' own order within a group), with columns named in words.
 * @param checks - the run's data checks (`MmmRun.dataChecks`).
 * @returns The table (no total row).
 * @example dataChecksTable(run.dataChecks).columns.map((c) => c.key) // => ["status", "check", "finding", "recommendation"]
 * @see https://developers.google.com/meridian/docs/post-modeling/model-debugging (checks with a recommendation)
 */
export function dataChecksTable(checks: readonly DataCheck[]): Table {
  const ordered = [...checks].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  return {
    id: "dataChecks",
    title: `${TABLE_TITLE_PREFIX} Data checks`,
    fileName: "data_checks.csv",
    description: DATA_CHECKS_DESCRIPTION,
    columns: [
      column("status", "Status", "text"),
      column("check", "Check", "text"),
      column("finding", "Finding", "text"),
      column("recommendation", "Recommendation", "text"),
    ],
    rows: ordered.map(checkRow),
    total: null,
    statusColumn: STATUS_COLUMN,
    notes: [
      checks.length === 0
        ? "The data checks could not run on this data; the run's warnings say why."
        : "Made before the fit from the data alone. Review: worth a look before acting on the results. Fail: the " +
          "data cannot answer part of the question; the recommendation says what would help.",
    ],
  };
}
