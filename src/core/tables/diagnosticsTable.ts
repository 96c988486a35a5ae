import type { FitDiagnostics } from "../analysis/types";
import type { DiagnosticCheck } from "../diagnostics/checkStatus";
import { STATUS_ORDER, TABLE_TITLE_PREFIX } from "./constants";
import { withReadableNames } from "./withReadableNames";
import { column, numberCell } from "./_internal/tableParts";
import type { Table, TableRow } from "./types";

/** What one row of the Diagnostics table means. */
export const DIAGNOSTICS_DESCRIPTION =
  "One check of one stage (residuals, multicollinearity, coefficient stability, non-linear structure): its " +
  "pass/review/fail status, statistic, p-value and plain-language finding; failed checks first, then those to " +
  "review, then those that pass.";

/** Index of the Status column (the report's section and the sheet's colours read it). */
const STATUS_COLUMN = 2;

/** The feature a check concerns, from its id (`vif:tiktok_spend`, `stability:outcome:sin_1`), or none. */
const featuresOf = (check: DiagnosticCheck): string[] => {
  const parts = check.id.split(":");
  return parts.length > 1 ? [parts[parts.length - 1] ?? ""] : [];
};

const checkRow = (stage: string, check: DiagnosticCheck): TableRow => [
  stage,
  withReadableNames(check.label, featuresOf(check)),
  check.status,
  numberCell(check.statistic),
  numberCell(check.pValue),
  withReadableNames(check.message, featuresOf(check)),
];

/** Rank of a row's status: fail, review, pass (anything else last). */
const rank = (row: TableRow): number => {
  const status = row[STATUS_COLUMN];
  return typeof status === "string" && status in STATUS_ORDER
    ? STATUS_ORDER[status as keyof typeof STATUS_ORDER]
    : Object.keys(STATUS_ORDER).length;
};

/**
 * The Diagnostics table: every residual and stability check of each stage and the outcome stage's non-linear
 * (random forest) check when there were holdout weeks, grouped by status (fail, review, pass; within a group in
 * stage order), with features named in words ("TikTok spend", "Season (sine 1)").
 * @param diagnostics - the run's diagnostics.
 * @returns The table (no total row).
 * @example diagnosticsTable(d).columns.map((c) => c.key) // => ["stage", "check", "status", "statistic", "p_value", "message"]
 * @see https://developers.google.com/meridian/docs/post-modeling/model-debugging (pass/review/fail checks)
 */
export function diagnosticsTable(diagnostics: FitDiagnostics): Table {
  const rows: TableRow[] = diagnostics.stages.flatMap((stage) => [
    ...stage.residualChecks.map((check) => checkRow(stage.stage, check)),
    ...stage.stabilityChecks.map((check) => checkRow(stage.stage, check)),
  ]);
  if (diagnostics.nonLinear) rows.push(checkRow("outcome", diagnostics.nonLinear.check));
  // Array.prototype.sort is stable, so each group keeps stage order.
  rows.sort((a, b) => rank(a) - rank(b));
  return {
    id: "diagnostics",
    title: `${TABLE_TITLE_PREFIX} Diagnostics`,
    fileName: "diagnostics.csv",
    description: DIAGNOSTICS_DESCRIPTION,
    columns: [
      column("stage", "Stage", "text"),
      column("check", "Check", "text"),
      column("status", "Status", "text"),
      column("statistic", "Statistic", "number"),
      column("p_value", "p-value", "number"),
      column("message", "Finding", "text"),
    ],
    rows,
    total: null,
    statusColumn: STATUS_COLUMN,
    notes: [
      "Pass: fine. Review: worth a look before acting on the results. Fail: a problem that undermines them; the " +
        "finding says what it means. Checks use the headline (observed-mediator) model's residuals.",
    ],
  };
}
