/* global __dirname, setInterval, clearInterval */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Replicate, ReplicateExecutor } from "../../core/analysis/types";
import { CancelledError } from "../../core/errors";
import type { PoolRequest, PoolResponse } from "./poolProtocol";

/** Batches per worker: small enough to balance uneven replicates, large enough that messages cost little. */
const BATCHES_PER_WORKER = 6;

/** How often a running pool looks at the cancel signal (Cancel must stop every worker within 250 ms). */
const CANCEL_POLL_MS = 50;

/**
 * A replicate executor that runs the bootstrap on `threads` worker threads. Each worker builds the replicate
 * runner from the same job and computes whole replicates by index, so results are identical to the in-thread
 * executor for any number of threads (replicate i draws from its own stream seeded by (seed, i)). Workers take
 * batches of indices as they finish (dynamic scheduling); the pool is closed when the run ends, fails or is
 * cancelled (cancel terminates every worker at once).
 * @param threads - worker threads (whole, ≥ 1)
 * @returns an executor for `bootstrapIntervals` / `runMmm`'s bootstrap
 * @example runMmm(dataset, { bootstrap: { replicates: 200, executor: threadPoolExecutor(4) } });
 * @see https://nodejs.org/api/worker_threads.html
 */
export function threadPoolExecutor(threads: number): ReplicateExecutor {
  return (job, replicates, hooks) =>
    new Promise<readonly (Replicate | null)[]>((resolve, reject) => {
      const count = Math.max(1, Math.min(threads, replicates));
      const batchSize = Math.max(1, Math.ceil(replicates / (count * BATCHES_PER_WORKER)));
      const results: (Replicate | null)[] = new Array<Replicate | null>(replicates).fill(null);
      const workers: Worker[] = [];
      let next = 0;
      let done = 0;
      let settled = false;
      const finish = (outcome: { error: Error } | { ok: true }): void => {
        if (settled) return;
        settled = true;
        clearInterval(poll);
        for (const worker of workers) void worker.terminate();
        if ("error" in outcome) reject(outcome.error);
        else resolve(results);
      };
      const poll = setInterval(() => {
        if (hooks.signal?.aborted) finish({ error: new CancelledError() });
      }, CANCEL_POLL_MS);
      const feed = (worker: Worker): void => {
        if (next >= replicates) return;
        const indices: number[] = [];
        while (indices.length < batchSize && next < replicates) indices.push(next++);
        const request: PoolRequest = { type: "run", indices };
        worker.postMessage(request);
      };
      for (let w = 0; w < count; w++) {
        const worker = new Worker(join(__dirname, "replicateWorker.cjs"));
        workers.push(worker);
        worker.on("message", (message: PoolResponse) => {
          if (message.type === "error") {
            finish({ error: new Error(message.message) });
            return;
          }
          message.indices.forEach((index, i) => (results[index] = message.replicates[i] ?? null));
          done += message.indices.length;
          hooks.onProgress?.(done, replicates);
          if (done === replicates) finish({ ok: true });
          else feed(worker);
        });
        worker.on("error", (error) => finish({ error }));
        const start: PoolRequest = { type: "job", job };
        worker.postMessage(start);
        feed(worker);
      }
    });
}
