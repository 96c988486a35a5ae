/**
 * tables/: the one table model. `buildTables(run, weeks)` turns an `MmmRun` into named tables (columns with labels,
 * units and Excel formats; typed rows; an optional total row; notes), and every surface renders these: the task
 * pane's sheets (`sheetFromTable`), the runner's CSVs (`csvFromTable`) and the report's tables (`tableHtml`).
 * To add a table: write `<name>Table.ts` returning a `Table`, add its id to `TableId` and call it in buildTables.ts.
 */
export * from "./constants";
export type * from "./types";
export { buildTables } from "./buildTables";
export { budgetTable, BUDGET_DESCRIPTION } from "./budgetTable";
export { coefficientsTable, COEFFICIENTS_DESCRIPTION } from "./coefficientsTable";
export { dataChecksTable, DATA_CHECKS_DESCRIPTION } from "./dataChecksTable";
export { contributionsTable, CONTRIBUTIONS_DESCRIPTION } from "./contributionsTable";
export { diagnosticsTable, DIAGNOSTICS_DESCRIPTION } from "./diagnosticsTable";
export { effectsTable, EFFECTS_DESCRIPTION } from "./effectsTable";
export { fittedTable, FITTED_DESCRIPTION } from "./fittedTable";
export { neutraliseFormula } from "./neutraliseFormula";
export { responseCurvesTable, RESPONSE_CURVES_DESCRIPTION } from "./responseCurvesTable";
export { sensitivityTable, SENSITIVITY_DESCRIPTION } from "./sensitivityTable";
export { readableName } from "./readableName";
export { withReadableNames } from "./withReadableNames";
export { summaryTable, SUMMARY_DESCRIPTION, HEALTH_VERDICT_LABEL } from "./summaryTable";
