/**
 * Web Worker entry: runs the pipeline (fit requests) and builds report.html (report requests) off the UI thread so
 * the pane never freezes. The bootstrap's replicates run on a pool of nested replicate workers. Cancelling a fit
 * terminates this worker (immediate, even inside a long solver step), which per the HTML spec also ends the workers
 * it created, so no cancel message is needed. Created by index.tsx with
 * `new Worker(new URL("./worker/fitWorker.ts", import.meta.url))` (webpack 5 bundles it).
 */
/* global self, MessageEvent, Worker, URL */
import type { FitRequest, FitResponse, ReportRequest, ReportResponse } from "./fitProtocol";
import { runFitRequest } from "./runFitRequest";
import { runReportRequest } from "./runReportRequest";
import {
  replicateWorkerCount,
  webWorkerPoolExecutor,
  type ReplicateWebWorker,
} from "./webWorkerPoolExecutor";

/** The part of DedicatedWorkerGlobalScope used here (tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  readonly navigator: { readonly hardwareConcurrency?: number };
  onmessage: ((event: MessageEvent<FitRequest | ReportRequest>) => void) | null;
  postMessage(message: FitResponse | ReportResponse): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const request = event.data;
  const post = (message: FitResponse | ReportResponse): void => scope.postMessage(message);
  if (request.type === "report") void runReportRequest(request, post);
  else
    void runFitRequest(
      request,
      post,
      undefined,
      // The bootstrap's replicates on nested Web Workers, all cores but the UI's (the same results for any count).
      webWorkerPoolExecutor(
        replicateWorkerCount(scope.navigator.hardwareConcurrency),
        () =>
          new Worker(
            new URL("./replicateWorker.ts", import.meta.url)
          ) as unknown as ReplicateWebWorker
      )
    );
};
