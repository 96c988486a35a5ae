/* global MessageEvent, ErrorEvent */
import type { ReplicateExecutor } from "../../core/analysis/types";
import {
  workerPoolExecutor,
  type PoolRequest,
  type PoolResponse,
  type PoolWorker,
} from "../../core/analysis/workerPoolExecutor";

/** The part of a Web Worker the pool uses (a fake in tests). */
export interface ReplicateWebWorker {
  onmessage: ((event: MessageEvent<PoolResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: PoolRequest): void;
  terminate(): void;
}

/**
 * Replicate workers for a machine with `hardwareConcurrency` logical cores: all but one (the pane's UI thread keeps
 * a core), at least one.
 * @param hardwareConcurrency - `navigator.hardwareConcurrency` (undefined in old hosts: one worker)
 * @returns the pool size
 * @example replicateWorkerCount(8) // => 7
 */
export function replicateWorkerCount(hardwareConcurrency: number | undefined): number {
  const cores = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency ?? 1) : 1;
  return Math.max(1, cores - 1);
}

/** Wraps a Web Worker in the pool's worker shape. */
function webWorker(worker: ReplicateWebWorker): PoolWorker {
  return {
    post: (request) => worker.postMessage(request),
    onMessage: (handler) => {
      worker.onmessage = (event) => handler(event.data);
    },
    onError: (handler) => {
      worker.onerror = (event) =>
        handler(new Error(`A replicate worker stopped unexpectedly: ${event.message}`));
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * The pane's replicate executor: the shared pool scheduler (`workerPoolExecutor`, the same as the runner's
 * worker_threads pool) over Web Workers. The fit worker creates it, so the replicate workers are nested dedicated
 * workers; they end with the pool (run done, failure or cancel) and, per the HTML spec, with the fit worker itself
 * when the pane terminates it.
 * @param workers - pool size (`replicateWorkerCount(navigator.hardwareConcurrency)`)
 * @param createWorker - creates one replicate worker (fitWorker.ts: `new Worker(new URL("./replicateWorker.ts", import.meta.url))`)
 * @returns an executor for `runMmm`'s bootstrap
 * @example webWorkerPoolExecutor(3, () => new Worker(new URL("./replicateWorker.ts", import.meta.url)));
 * @see https://html.spec.whatwg.org/multipage/workers.html#dedicated-workers-and-the-worker-interface
 */
export function webWorkerPoolExecutor(
  workers: number,
  createWorker: () => ReplicateWebWorker
): ReplicateExecutor {
  return workerPoolExecutor({ workers, createWorker: () => webWorker(createWorker()) });
}
