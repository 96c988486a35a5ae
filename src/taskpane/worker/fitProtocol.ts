import type { FitOptions } from "../../core/model/types";
import type { MmmRun } from "../../core/pipeline/types";
import type { Dataset } from "../../core/types";
import type { RunReportOptions } from "../../report/buildRunReport";
import type { AnalysisRequest, FitOutcome } from "../fitOutcome";

/** Pane → worker: fit this dataset, then run the analysis steps. */
export interface FitRequest {
  readonly type: "fit";
  readonly dataset: Dataset;
  readonly options: FitOptions;
  readonly analysis: AnalysisRequest;
}

/** Pane → worker: build report.html of a finished run (Vega renders the charts in the worker, off the UI thread). */
export interface ReportRequest {
  readonly type: "report";
  readonly dataset: Dataset;
  readonly run: MmmRun;
  readonly options: RunReportOptions;
}

/**
 * Worker → pane: progress; the provisional run right after the fit ("fitted": point estimates, `complete: false`);
 * the final outcome; or the error (by class name, so the pane can tell a cancel).
 */
export type FitResponse =
  | {
      readonly type: "progress";
      readonly stage: string;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: "fitted"; readonly provisional: FitOutcome }
  | { readonly type: "result"; readonly outcome: FitOutcome }
  | { readonly type: "error"; readonly name: string; readonly message: string };

/** Worker → pane: the report's HTML text, or the error. */
export type ReportResponse =
  | { readonly type: "report"; readonly html: string }
  | { readonly type: "error"; readonly name: string; readonly message: string };
