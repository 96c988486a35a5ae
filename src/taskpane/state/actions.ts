import type { IngestionResult } from "../../core/data/types";
import type { FitOutcome } from "../fitOutcome";
import type { OutputSheet } from "../excel/outputSheets";
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
  | { readonly type: "fitProgressed"; readonly progress: FitProgress }
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
  | { readonly type: "savedModelFound"; readonly model: SavedModelInfo };
