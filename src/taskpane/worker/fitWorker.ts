/**
 * Web Worker entry: runs the pipeline (fit requests) and builds report.html (report requests) off the UI thread so
 * the pane never freezes. Cancelling a fit terminates the worker (immediate, even inside a long solver step), so no
 * cancel message is needed. Created by index.tsx with
 * `new Worker(new URL("./worker/fitWorker.ts", import.meta.url))` (webpack 5 bundles it).
 */
/* global self, MessageEvent */
import type { FitRequest, FitResponse, ReportRequest, ReportResponse } from "./fitProtocol";
import { runFitRequest } from "./runFitRequest";
import { runReportRequest } from "./runReportRequest";

/** The part of DedicatedWorkerGlobalScope used here (tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<FitRequest | ReportRequest>) => void) | null;
  postMessage(message: FitResponse | ReportResponse): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const request = event.data;
  const post = (message: FitResponse | ReportResponse): void => scope.postMessage(message);
  if (request.type === "report") void runReportRequest(request, post);
  else void runFitRequest(request, post);
};
