/**
 * Web Worker entry: runs fitMmm off the UI thread so the pane never freezes. Cancelling terminates the worker
 * (immediate, even inside a long solver step), so no cancel message is needed.
 * Created by index.tsx with `new Worker(new URL("./worker/fitWorker.ts", import.meta.url))` (webpack 5 bundles it).
 */
/* global self, MessageEvent */
import type { FitRequest, FitResponse } from "./fitProtocol";
import { runFitRequest } from "./runFitRequest";

/** The part of DedicatedWorkerGlobalScope used here (tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<FitRequest>) => void) | null;
  postMessage(message: FitResponse): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  void runFitRequest(event.data, (message) => scope.postMessage(message));
};
