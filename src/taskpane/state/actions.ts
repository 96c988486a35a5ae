import type { IngestionResult } from "../../core/data/types";
import type { FitOutcome } from "../fitOutcome";
import type { OutputSheet } from "../excel/outputSheets";
import type { ExperimentsSheetData } from "../excel/readExperimentsSheet";
import type { SelectionData } from "../excel/readSelection";
import type { WriteReport } from "../excel/writeResultSheets";
import type { FitFormOptions, FitProgress, SavedModelInfo } from "./paneState";

/** Every change the pane's state can undergo. */
export type PaneAction =
  | { readonly type: "readStarted" }
  | {
      readonly type: "selectionRead";
      readonly selection: SelectionData;
      readonly ingestion: IngestionResult;
    }
  | { readonly type: "rolesChanged"; readonly ingestion: IngestionResult }
  | { readonly type: "optionsChanged"; readonly options: Partial<FitFormOptions> }
  | { readonly type: "fitStarted" }
  | { readonly type: "fitProgressed"; readonly progress: FitProgress; readonly at: number }
  /** The model is fitted: its point estimates (a provisional run) are shown while the intervals are computed. */
  | { readonly type: "fitProvisional"; readonly result: FitOutcome; readonly at: number }
  /** The point estimates were written to the MMM sheets (they are rewritten when the run completes). */
  | { readonly type: "pointEstimatesWritten"; readonly notice: string }
  | { readonly type: "fitSucceeded"; readonly result: FitOutcome }
  | { readonly type: "replaceAsked"; readonly sheets: readonly OutputSheet[] }
  | { readonly type: "replaceAnswered" }
  | { readonly type: "writeStarted" }
  | { readonly type: "writeSucceeded"; readonly report: WriteReport; readonly elapsedMs: number }
  | { readonly type: "failed"; readonly message: string }
  /** The fit finished and, as the user chose, nothing was written. */
  | { readonly type: "writeSkipped"; readonly notice: string; readonly elapsedMs: number }
  /** The selected cells changed since Use selection: the fit uses them as they are now. */
  | {
      readonly type: "selectionRefreshed";
      readonly selection: SelectionData;
      readonly ingestion: IngestionResult;
      readonly notice: string;
    }
  | { readonly type: "messageDismissed" }
  | { readonly type: "savedModelFound"; readonly model: SavedModelInfo }
  /** The "MMM Experiments" sheet was read (null: the workbook has none). */
  | { readonly type: "experimentsRead"; readonly sheet: ExperimentsSheetData | null };
