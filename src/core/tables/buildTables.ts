import type { MmmRun } from "../pipeline/types";
import { budgetTable } from "./budgetTable";
import { calibrationTable } from "./calibrationTable";
import { coefficientsTable } from "./coefficientsTable";
import { dataChecksTable } from "./dataChecksTable";
import { contributionsTable } from "./contributionsTable";
import { diagnosticsTable } from "./diagnosticsTable";
import { effectsTable } from "./effectsTable";
import { fittedTable } from "./fittedTable";
import { responseCurvesTable } from "./responseCurvesTable";
import { sensitivityTable } from "./sensitivityTable";
import { summaryTable } from "./summaryTable";
import { testPlanTable } from "./testPlanTable";
import type { Table } from "./types";

/**
 * Every table of a run, in tab order: the one source of the task pane's sheets, the runner's CSV files and the
 * report's tables. Diagnostics, Sensitivity, Budget, Response curves, Calibration (lift tests given) and Test plan are
 * there when the run produced them; a provisional run (`complete` false: point estimates only) says so in the
 * Summary's first row.
 * @param run - `runMmm`'s result.
 * @param weeks - ISO date of each week, oldest first (the Dataset's `weeks`): `[periods]`.
 * @returns Summary, Data checks, Coefficients, Effects, Fitted, Contributions, then Diagnostics, Sensitivity, Budget, Response curves, Calibration, Test plan.
 * @example buildTables(run, dataset.weeks).map((t) => t.fileName) // => ["summary.csv", "data_checks.csv", "coefficients.csv", …]
 * @see ./types.ts
 */
export function buildTables(run: MmmRun, weeks: readonly string[]): readonly Table[] {
  const { result } = run;
  return [
    summaryTable(result, run.intervals, run.warnings, run.health, run.complete),
    dataChecksTable(run.dataChecks),
    coefficientsTable(result),
    effectsTable(result, run.intervals),
    fittedTable(result, weeks),
    contributionsTable(result, weeks),
    ...(run.diagnostics ? [diagnosticsTable(run.diagnostics)] : []),
    ...(run.sensitivity ? [sensitivityTable(run.sensitivity)] : []),
    ...(run.budget ? [budgetTable(run.budget), responseCurvesTable(run.budget)] : []),
    ...(result.calibration ? [calibrationTable(result.calibration)] : []),
    ...(run.testPlan && run.testPlan.length > 0 ? [testPlanTable(run.testPlan)] : []),
  ];
}
