/**
 * Web Worker entry of the pane's replicate pool: the shared pool worker (`poolWorkerHandler`) on this worker's
 * messages. Created by the fit worker (a nested dedicated worker) through `webWorkerPoolExecutor`, with
 * `new Worker(new URL("./replicateWorker.ts", import.meta.url))` (webpack 5 bundles it).
 */
/* global self, MessageEvent */
import { poolWorkerHandler } from "../../core/analysis/poolWorkerHandler";
import type { PoolRequest, PoolResponse } from "../../core/analysis/workerPoolExecutor";

/** The part of DedicatedWorkerGlobalScope used here (tsconfig has the DOM lib, not WebWorker). */
interface ReplicateWorkerScope {
  onmessage: ((event: MessageEvent<PoolRequest>) => void) | null;
  postMessage(message: PoolResponse): void;
}

const scope = self as unknown as ReplicateWorkerScope;
const handle = poolWorkerHandler((response) => scope.postMessage(response));
scope.onmessage = (event) => handle(event.data);
