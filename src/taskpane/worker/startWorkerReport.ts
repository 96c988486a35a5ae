/* global MessageEvent, ErrorEvent */
import type { MmmRun } from "../../core/pipeline/types";
import type { Dataset } from "../../core/types";
import type { RunReportOptions } from "../../report/buildRunReport";
import type { ReportRequest, ReportResponse } from "./fitProtocol";

/** The part of Worker used here (a fake in tests). */
export interface ReportWorkerLike {
  onmessage: ((event: MessageEvent<ReportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ReportRequest): void;
  terminate(): void;
}

/**
 * Makes the pane's `buildReport` adapter: each report gets a fresh worker (the fit's worker has ended), which is
 * terminated when the HTML arrives or the build fails.
 * @param createWorker - Creates the worker (index.tsx: the same fitWorker.ts entry as the fit).
 * @returns buildReport(dataset, run, options) → the HTML text of report.html.
 * @example const html = await workerReportBuilder(() => new Worker(url))(dataset, run, { source: "Data!A1:L105" }); // => "<!doctype html>…"
 * @see https://developer.mozilla.org/docs/Web/API/Worker/terminate
 */
export function workerReportBuilder(
  createWorker: () => ReportWorkerLike
): (dataset: Dataset, run: MmmRun, options: RunReportOptions) => Promise<string> {
  return (dataset, run, options) =>
    new Promise<string>((resolve, reject) => {
      const worker = createWorker();
      worker.onmessage = (event) => {
        worker.terminate();
        const message = event.data;
        if (message.type === "report") resolve(message.html);
        else reject(new Error(message.message));
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(`The report could not be built: ${event.message}`));
      };
      worker.postMessage({ type: "report", dataset, run, options });
    });
}
