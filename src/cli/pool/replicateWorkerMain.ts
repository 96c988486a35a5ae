import { parentPort } from "node:worker_threads";
import { replicateRunner } from "../../core/analysis/replicateRunner";
import type { PoolRequest, PoolResponse } from "./poolProtocol";

/** The worker's side of the replicate pool: one runner per job, batches computed in the order asked. */
const port = parentPort;
if (port) {
  let run: ReturnType<typeof replicateRunner> | null = null;
  const reply = (message: PoolResponse): void => port.postMessage(message);
  port.on("message", (request: PoolRequest) => {
    if (request.type === "job") {
      run = replicateRunner(request.job);
      return;
    }
    const runner = run;
    if (!runner) {
      reply({ type: "error", message: "The replicate worker got indices before its job." });
      return;
    }
    void (async () => {
      try {
        const replicates = [];
        for (const index of request.indices) replicates.push(await runner(index));
        reply({ type: "done", indices: request.indices, replicates });
      } catch (error) {
        reply({ type: "error", message: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
}
