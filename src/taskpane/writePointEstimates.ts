import { savedModelJson } from "../workbookModel/savedModel";
import type { PaneAdapters } from "./adapters";
import type { WriteReport } from "./excel/writeResultSheets";
import type { FitOutcome } from "./fitOutcome";
import { resultSheets } from "./sheets/resultSheets";

/** What the point estimates' early write left in the workbook. */
export interface EarlyWrite {
  readonly report: WriteReport;
  /** Whether the fitted model was saved (and published) with them. */
  readonly modelSaved: boolean;
}

/**
 * Answer first: writes the sheets of a provisional run (point estimates; the Summary says the rest is coming) and
 * saves the fitted model, which is final already (the bootstrap never changes it), so MMM.* formulas and any sheets
 * kept after a cancel describe the same model. Never throws: a failed write leaves nothing behind
 * (writeResultSheets removes what it added) and the final write still runs; a failed save is retried after it.
 * @param adapters - The pane's Excel and model-store calls.
 * @param provisional - The run `onFitted` gave (`complete` false).
 * @param weeks - ISO date of each week (the Dataset's `weeks`).
 * @param replacePrevious - The user's answer to "replace the earlier results?", asked before the fit.
 * @returns What was written, or null when the write failed.
 * @example await writePointEstimates(adapters, provisional, dataset.weeks, true); // => { report, modelSaved: true }
 */
export async function writePointEstimates(
  adapters: Pick<PaneAdapters, "writeResultSheets" | "saveModel" | "publishModel">,
  provisional: FitOutcome,
  weeks: readonly string[],
  replacePrevious: boolean
): Promise<EarlyWrite | null> {
  let report: WriteReport;
  try {
    report = await adapters.writeResultSheets(resultSheets(provisional, weeks), {
      replacePrevious,
    });
  } catch {
    return null;
  }
  try {
    const json = savedModelJson(provisional.result);
    await adapters.saveModel(json);
    adapters.publishModel(json);
    return { report, modelSaved: true };
  } catch {
    return { report, modelSaved: false };
  }
}
