/* global MessageEvent, ErrorEvent */
import { CancelledError } from "../../core/errors";
import type { FitOptions } from "../../core/model/types";
import type { Dataset } from "../../core/types";
import type { FitRun } from "../adapters";
import type { AnalysisRequest, FitOutcome } from "../fitOutcome";
import type { FitProgress } from "../state/paneState";
import type { FitRequest, FitResponse } from "./fitProtocol";

/** The part of Worker used here (a fake in tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<FitResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: FitRequest): void;
  terminate(): void;
}

/**
 * Makes the pane's `startFit` adapter: each fit gets a fresh worker, which is terminated when the fit ends or is
 * cancelled (cancel rejects the result with CancelledError at once).
 * @param createWorker - Creates the fit worker (index.tsx: `new Worker(new URL("./fitWorker.ts", import.meta.url))`).
 * @returns startFit(dataset, options, analysis, onProgress, onFitted) → { result, cancel }; onFitted gets the
 *   provisional run (point estimates) once, before the result, unless the fit ended first.
 * @example const startFit = workerFitStarter(() => new Worker(url)); startFit(dataset, {}, analysis, show).result; // => Promise<FitOutcome>
 * @see https://developer.mozilla.org/docs/Web/API/Worker/terminate
 */
export function workerFitStarter(
  createWorker: () => WorkerLike
): (
  dataset: Dataset,
  options: FitOptions,
  analysis: AnalysisRequest,
  onProgress: (progress: FitProgress) => void,
  onFitted?: (provisional: FitOutcome) => void
) => FitRun {
  return (dataset, options, analysis, onProgress, onFitted) => {
    const worker = createWorker();
    let settle: { resolve: (result: FitOutcome) => void; reject: (error: Error) => void } | null =
      null;
    const result = new Promise<FitOutcome>((resolve, reject) => {
      settle = { resolve, reject };
    });
    const finish = (outcome: { result: FitOutcome } | { error: Error }): void => {
      const pending = settle;
      settle = null;
      worker.terminate();
      if (!pending) return;
      if ("result" in outcome) pending.resolve(outcome.result);
      else pending.reject(outcome.error);
    };
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === "progress") {
        if (settle) onProgress({ stage: message.stage, done: message.done, total: message.total });
      } else if (message.type === "fitted") {
        if (settle) onFitted?.(message.provisional);
      } else if (message.type === "result") finish({ result: message.outcome });
      else
        finish({
          error:
            message.name === "CancelledError" ? new CancelledError() : new Error(message.message),
        });
    };
    worker.onerror = (event) =>
      finish({ error: new Error(`The fit stopped unexpectedly: ${event.message}`) });
    worker.postMessage({ type: "fit", dataset, options, analysis });
    return { result, cancel: () => finish({ error: new CancelledError() }) };
  };
}
