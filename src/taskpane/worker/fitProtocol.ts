import type { FitOptions } from "../../core/model/types";
import type { Dataset } from "../../core/types";
import type { AnalysisRequest, FitOutcome } from "../fitOutcome";

/** Pane → worker: fit this dataset, then run the analysis steps. */
export interface FitRequest {
  readonly type: "fit";
  readonly dataset: Dataset;
  readonly options: FitOptions;
  readonly analysis: AnalysisRequest;
}

/** Worker → pane: progress, the outcome, or the error (by class name, so the pane can tell a cancel). */
export type FitResponse =
  | {
      readonly type: "progress";
      readonly stage: string;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: "result"; readonly outcome: FitOutcome }
  | { readonly type: "error"; readonly name: string; readonly message: string };
