import type { FitDiagnostics } from "../analysis/types";
import type { DiagnosticCheck } from "../diagnostics/checkStatus";
import { TABLE_TITLE_PREFIX } from "./constants";
import { column, numberCell } from "./_internal/tableParts";
import type { Table, TableRow } from "./types";

/** What one row of the Diagnostics table means. */
export const DIAGNOSTICS_DESCRIPTION =
  "One check of one stage (residuals, multicollinearity, coefficient stability, non-linear structure): its " +
  "pass/review/fail status, statistic, p-value and plain-language finding.";

const checkRow = (stage: string, check: DiagnosticCheck): TableRow => [
  stage,
  check.label,
  check.status,
  numberCell(check.statistic),
  numberCell(check.pValue),
  check.message,
];

/**
 * The Diagnostics table: per stage, each residual and stability check, then the outcome stage's non-linear
 * (random forest) check when there were holdout weeks.
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
    notes: [
      "Pass: fine. Review: worth a look before acting on the results. Fail: a problem that undermines them; the " +
        "finding says what it means. Checks use the headline (observed-mediator) model's residuals.",
    ],
  };
}
