/**
 * pipeline/: the one run. `runMmm(dataset, options, hooks)` does fit → intervals → diagnostics → sensitivity →
 * budget with one failure policy and returns one `MmmRun`; the task pane's worker, the runner and the report are its
 * callers and renderers, so no surface orchestrates or computes on its own.
 */
export * from "./constants";
export { fitJson, effectsJson, type FitJson } from "./fitJson";
export { resultsJson } from "./resultsJson";
export type * from "./resultsJsonTypes";
export { preflight, type Preflight } from "./preflight";
export { resolveRunSettings, runMmm, type RunSteps } from "./runMmm";
export type * from "./types";
