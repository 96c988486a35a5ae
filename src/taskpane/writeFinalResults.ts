import { dashboardSpec } from "../core/charts/dashboardSpec";
import type { PaneAdapters } from "./adapters";
import { DASHBOARD_SHEET_NAME } from "./constants";
import { EarlyOutputKeptError } from "./EarlyOutputKeptError";
import type { WriteReport } from "./excel/writeResultSheets";
import type { FitOutcome } from "./fitOutcome";
import { resultSheets } from "./sheets/resultSheets";
import type { EarlyWrite } from "./writePointEstimates";

/**
 * Writes every sheet of the complete run, with the dashboard, in one batch. After an early write of the point
 * estimates it replaces exactly those sheets (by id: no duplicates; the earlier output was already replaced then,
 * when the user confirmed); otherwise it replaces the earlier output as the user answered.
 * @param adapters - The pane's Excel calls.
 * @param outcome - The complete run.
 * @param weeks - ISO date of each week (the Dataset's `weeks`).
 * @param early - What the point estimates' write left, or null.
 * @param replacePrevious - The user's answer to "replace the earlier results?".
 * @returns The write's report; `replaced` names the earlier output replaced during this fit.
 * @throws {EarlyOutputKeptError} When the write fails after the point estimates were written (they stay).
 * @example await writeFinalResults(adapters, run, dataset.weeks, early, true); // => { sheets: [...], replaced: [...], syncCount: 3 }
 */
export async function writeFinalResults(
  adapters: Pick<PaneAdapters, "writeResultSheets">,
  outcome: FitOutcome,
  weeks: readonly string[],
  early: EarlyWrite | null,
  replacePrevious: boolean
): Promise<WriteReport> {
  const sheets = resultSheets(outcome, weeks);
  const dashboard = { name: DASHBOARD_SHEET_NAME, spec: dashboardSpec(outcome, weeks) };
  try {
    const report = await adapters.writeResultSheets(sheets, {
      replacePrevious: early ? false : replacePrevious,
      replaceIds: early ? early.report.sheets.map((sheet) => sheet.id) : [],
      dashboard,
    });
    return early ? { ...report, replaced: early.report.replaced } : report;
  } catch (error) {
    throw early ? new EarlyOutputKeptError(error, early.report) : error;
  }
}
