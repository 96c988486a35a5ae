/* global __dirname */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ReplicateExecutor } from "../../core/analysis/types";
import {
  workerPoolExecutor,
  type PoolResponse,
  type PoolWorker,
} from "../../core/analysis/workerPoolExecutor";

/**
 * Wraps a Node worker thread in the pool's worker shape.
 * @param worker - a worker running replicateWorker.cjs
 * @returns the worker as the pool scheduler sees it
 */
function threadWorker(worker: Worker): PoolWorker {
  return {
    post: (request) => worker.postMessage(request),
    onMessage: (handler) => worker.on("message", (response: PoolResponse) => handler(response)),
    onError: (handler) => worker.on("error", handler),
    terminate: () => void worker.terminate(),
  };
}

/**
 * Young generation of each worker thread, MB. Why: a replicate's garbage is short-lived arrays, and V8's default
 * young generation per thread added to the peak of 520 weeks × 12 channels at 2 threads (340 MB in bench:speed;
 * with this and the main thread's 2 MB semi-spaces, bin/mmm.cjs: 290–310 MB at the same speed).
 */
const WORKER_YOUNG_GENERATION_MB = 6;

/**
 * A replicate executor that runs the bootstrap on `threads` worker threads: the shared pool scheduler
 * (`workerPoolExecutor`) over Node's worker_threads. Results are identical to the in-thread executor for any number
 * of threads (replicate i draws from its own stream seeded by (seed, i)); cancel terminates every worker at once.
 * @param threads - worker threads (whole, ≥ 1)
 * @returns an executor for `bootstrapIntervals` / `runMmm`'s bootstrap
 * @example runMmm(dataset, { bootstrap: { replicates: 200, executor: threadPoolExecutor(4) } });
 * @see https://nodejs.org/api/worker_threads.html
 */
export function threadPoolExecutor(threads: number): ReplicateExecutor {
  return workerPoolExecutor({
    workers: threads,
    createWorker: () =>
      threadWorker(
        new Worker(join(__dirname, "replicateWorker.cjs"), {
          resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
        })
      ),
  });
}
