import type { MmmRun } from "../core/pipeline/types";
import type { Dataset } from "../core/types";
import type { RunReportOptions } from "../report/buildRunReport";
import type { FitOptions } from "../core/model/types";
import type { AnalysisRequest, FitOutcome } from "./fitOutcome";
import type { OutputSheet } from "./excel/outputSheets";
import type { ExperimentsSheetData } from "./excel/readExperimentsSheet";
import type { SelectionData } from "./excel/readSelection";
import type { WriteReport, WriteResultSheetsOptions } from "./excel/writeResultSheets";
import type { SheetSpec } from "./sheets/SheetSpec";
import type { FitProgress } from "./state/paneState";

/** A fit running off the UI thread. */
export interface FitRun {
  /** Resolves with the result; rejects with CancelledError after cancel(), or with the core's error. */
  readonly result: Promise<FitOutcome>;
  /** Stops the fit at once (the pane decides what happens to point estimates already written). */
  cancel(): void;
}

/**
 * Everything the pane does outside React: Excel calls (src/taskpane/excel) and the fit worker. App receives these
 * as a prop, so tests pass fakes and only index.tsx wires the real ones.
 */
export interface PaneAdapters {
  readonly readSelection: () => Promise<SelectionData>;
  /** Reads the same block again (same table or address) when Fit is pressed, so the fit sees current cells. */
  readonly rereadSelection: (previous: SelectionData) => Promise<SelectionData>;
  readonly selectCell: (address: string) => Promise<void>;
  /** Reads the user's "MMM Experiments" sheet (its table, else its used range); null when there is none. */
  readonly readExperiments: () => Promise<ExperimentsSheetData | null>;
  /** Creates and activates the "MMM Experiments" sheet; false (nothing written) when it exists already. */
  readonly addExperimentsSheet: () => Promise<boolean>;
  readonly listOutputSheets: () => Promise<readonly OutputSheet[]>;
  readonly writeResultSheets: (
    sheets: readonly SheetSpec[],
    options: WriteResultSheetsOptions
  ) => Promise<WriteReport>;
  /** Stores the model JSON (savedModelJson's envelope) in the workbook. */
  readonly saveModel: (json: string) => Promise<void>;
  /**
   * Hands the just-saved model JSON to the custom functions (modelStore.publishModel), so open MMM.* formulas
   * recalculate; called only after saveModel succeeded.
   */
  readonly publishModel: (json: string) => void;
  /** The model JSON saved in this workbook, or null. */
  readonly loadModel: () => Promise<string | null>;
  readonly startFit: (
    dataset: Dataset,
    options: FitOptions,
    analysis: AnalysisRequest,
    onProgress: (progress: FitProgress) => void,
    /** Called once with the provisional run (point estimates, `complete: false`) as soon as the model is fitted. */
    onFitted?: (provisional: FitOutcome) => void
  ) => FitRun;
  /** Builds report.html of a run off the UI thread (the same builder as `mmm fit`). */
  readonly buildReport: (
    dataset: Dataset,
    run: MmmRun,
    options: RunReportOptions
  ) => Promise<string>;
  /** Offers a text file to the user (a browser download). */
  readonly saveFile: (fileName: string, text: string) => void;
  /** The current time as ISO text, stored in the model as its fit time (core never reads the clock). */
  readonly fitTime: () => string;
  /** Milliseconds from a monotonic clock (performance.now), for the run's timing. */
  readonly now: () => number;
}
