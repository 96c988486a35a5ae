import { parentPort } from "node:worker_threads";
import { poolWorkerHandler } from "../../core/analysis/poolWorkerHandler";

/** A worker thread of the runner's replicate pool (see threadPoolExecutor): the shared pool worker on parentPort. */
const port = parentPort;
if (port)
  port.on(
    "message",
    poolWorkerHandler((response) => port.postMessage(response))
  );
