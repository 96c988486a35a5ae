import { replicateRunner } from "./replicateRunner";
import type { PoolRequest, PoolResponse } from "./workerPoolExecutor";

/**
 * The worker's side of the replicate pool, the same in a Node worker thread and a browser Web Worker: the first
 * request carries the job (one `replicateRunner` is built from it), each later one a batch of indices, answered in
 * the order asked, one batch at a time, with one "done" message each (or "error").
 * @param reply - posts a response to the pool
 * @returns the handler of one request
 * @example port.on("message", poolWorkerHandler((response) => port.postMessage(response)));
 */
export function poolWorkerHandler(
  reply: (response: PoolResponse) => void
): (request: PoolRequest) => void {
  let run: ReturnType<typeof replicateRunner> | null = null;
  let queue: Promise<void> = Promise.resolve();
  return (request) => {
    if (request.type === "job") {
      run = replicateRunner(request.job);
      return;
    }
    const runner = run;
    if (!runner) {
      reply({ type: "error", message: "The replicate worker got indices before its job." });
      return;
    }
    // Batches are computed one after another in the order they came (the pool keeps two in flight per worker).
    queue = queue.then(async () => {
      try {
        const replicates = [];
        for (const index of request.indices) replicates.push(await runner(index));
        reply({ type: "done", indices: request.indices, replicates });
      } catch (error) {
        reply({ type: "error", message: error instanceof Error ? error.message : String(error) });
      }
    });
  };
}
