import type { BootstrapTuning } from "../../core/analysis/types";
import type { IngestionResult } from "../../core/data/types";
import type { FitOutcome } from "../fitOutcome";
import { DEFAULT_HOLDOUT_SHARE } from "../../core/model/constants";
import {
  DEFAULT_BOOTSTRAP_REPLICATES,
  DEFAULT_BOOTSTRAP_SEED,
} from "../../core/analysis/constants";
import {
  DEFAULT_MAX_SHARE_OF_CURRENT,
  DEFAULT_MIN_SHARE_OF_CURRENT,
} from "../../core/optimizer/constants";
import type { OutputSheet } from "../excel/outputSheets";
import type { ExperimentsSheetData } from "../excel/readExperimentsSheet";
import type { SelectionData } from "../excel/readSelection";
import type { WriteReport } from "../excel/writeResultSheets";

/** Where the pane is in its one flow: read → fit → write. */
export type RunStatus = "idle" | "reading" | "fitting" | "writing" | "done" | "failed";

/** The Options form as the user edits it. */
export interface FitFormOptions {
  /** Share of the last weeks held out for the final score (0–0.5). */
  readonly holdoutShare: number;
  /** Blocked time-series CV folds (2–10); null = automatic (the core's default: 4, more on data over three years). */
  readonly cvFolds: number | null;
  /** Direct social → revenue paths beside the path through the mediator. */
  readonly directPaths: boolean;
  /** Bootstrap replicates for intervals (0 = none). */
  readonly bootstrapReplicates: number;
  /** Seed of every random draw. */
  readonly seed: number;
  /** Hyperparameters in each bootstrap replicate (see BootstrapOptions.tuning). */
  readonly bootstrapTuning: BootstrapTuning;
  /** Weekly budget to allocate; null = keep the current total. */
  readonly budgetTotal: number | null;
  /** Lowest weekly spend per channel, as a multiple of its current spend. */
  readonly budgetMin: number;
  /** Highest weekly spend per channel, as a multiple of its current spend. */
  readonly budgetMax: number;
  /** Fit a plain single-stage MMM when the data have no mediator column (off: a missing mediator blocks the fit). */
  readonly allowSingleStage: boolean;
  /** How to read dd/mm vs mm/dd date text the data cannot settle; null = infer (asked when ambiguous). */
  readonly dateOrder: "dayFirst" | "monthFirst" | null;
}

/** Progress of a running fit as the worker reports it. */
export interface FitProgress {
  readonly stage: string;
  readonly done: number;
  readonly total: number;
}

/** The model saved in the workbook by an earlier fit, as the pane describes it. */
export interface SavedModelInfo {
  readonly fitTime: string | null;
  readonly start: string;
  readonly end: string;
  readonly weeks: number;
}

/** What the pane knows of the "MMM Experiments" sheet: not looked at yet, not in the workbook, or its cells. */
export type ExperimentsSheetState =
  | { readonly kind: "unknown" }
  | { readonly kind: "absent" }
  | { readonly kind: "present"; readonly sheet: ExperimentsSheetData };

/** Everything the pane shows. */
export interface PaneState {
  readonly status: RunStatus;
  readonly selection: SelectionData | null;
  readonly ingestion: IngestionResult | null;
  readonly options: FitFormOptions;
  readonly progress: FitProgress | null;
  /** Position of the one overall progress bar, 0–1 (never moves back during a run). */
  readonly progressFraction: number;
  /** When the point estimates arrived and the bootstrap started (adapters.now() ms), for the time left. */
  readonly bootstrapStartedAt: number | null;
  /** When the last progress report arrived (adapters.now() ms). */
  readonly progressAt: number | null;
  /** The run on show: provisional (`complete` false, point estimates only) while intervals are being computed. */
  readonly result: FitOutcome | null;
  readonly report: WriteReport | null;
  /** Earlier output waiting for the user's answer (the Replace dialog is open while non-null). */
  readonly pendingReplace: readonly OutputSheet[] | null;
  /** Message of the last failure (or cancel), shown in a MessageBar. */
  readonly message: string | null;
  /** A plain note that is not a failure (e.g. "nothing was written, as you chose"), shown as information. */
  readonly notice: string | null;
  /** While a run is on and its point estimates are on the sheets: says so (cleared when the run ends). */
  readonly pointEstimatesNote: string | null;
  /** Milliseconds from pressing Fit model to the last sheet written. */
  readonly elapsedMs: number | null;
  /** The model saved in this workbook (found when the pane opens, replaced after each fit). */
  readonly savedModel: SavedModelInfo | null;
  /** The lift-test sheet as last read (with the data, at Fit, or after the pane created it). */
  readonly experiments: ExperimentsSheetState;
}

/** Default Options: the core's defaults where it has them. */
export const DEFAULT_FORM_OPTIONS: FitFormOptions = {
  holdoutShare: DEFAULT_HOLDOUT_SHARE,
  cvFolds: null,
  directPaths: true,
  bootstrapReplicates: DEFAULT_BOOTSTRAP_REPLICATES,
  seed: DEFAULT_BOOTSTRAP_SEED,
  bootstrapTuning: "auto",
  budgetTotal: null,
  budgetMin: DEFAULT_MIN_SHARE_OF_CURRENT,
  budgetMax: DEFAULT_MAX_SHARE_OF_CURRENT,
  allowSingleStage: false,
  dateOrder: null,
};

/** The state of a pane that has just opened. */
export const INITIAL_PANE_STATE: PaneState = {
  status: "idle",
  selection: null,
  ingestion: null,
  options: DEFAULT_FORM_OPTIONS,
  progress: null,
  progressFraction: 0,
  bootstrapStartedAt: null,
  progressAt: null,
  result: null,
  report: null,
  pendingReplace: null,
  message: null,
  notice: null,
  pointEstimatesNote: null,
  elapsedMs: null,
  savedModel: null,
  experiments: { kind: "unknown" },
};
