import type { FitOptions, MmmResult } from "../../core/model/types";
import type { Dataset } from "../../core/types";

/** Pane → worker: fit this dataset. */
export interface FitRequest {
  readonly type: "fit";
  readonly dataset: Dataset;
  readonly options: FitOptions;
}

/** Worker → pane: progress, the result, or the error (by class name, so the pane can tell a cancel). */
export type FitResponse =
  | {
      readonly type: "progress";
      readonly stage: string;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: "result"; readonly result: MmmResult }
  | { readonly type: "error"; readonly name: string; readonly message: string };
