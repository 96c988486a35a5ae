import { CancelledError } from "../errors";
import type { Replicate, ReplicateExecutor, ReplicateJob } from "./types";

/** Pool → worker: the job once, then batches of replicate indices. */
export type PoolRequest =
  | { readonly type: "job"; readonly job: ReplicateJob }
  | { readonly type: "run"; readonly indices: readonly number[] };

/** Worker → pool: a finished batch (in the order asked), or the error that stopped it. */
export type PoolResponse =
  | {
      readonly type: "done";
      readonly indices: readonly number[];
      readonly replicates: readonly (Replicate | null)[];
    }
  | { readonly type: "error"; readonly message: string };

/**
 * The least a pool needs of a worker (a Node worker thread, a browser Web Worker, or a fake in tests): each host's
 * adapter wraps its own worker in this shape, so the scheduling lives in one place.
 */
export interface PoolWorker {
  post(request: PoolRequest): void;
  onMessage(handler: (response: PoolResponse) => void): void;
  onError(handler: (error: Error) => void): void;
  terminate(): void;
}

/**
 * Batches per worker: small enough that uneven replicates (a re-tuned one can take twice another's time) balance
 * out, large enough that a message costs little against a batch (a replicate takes tens of milliseconds).
 */
export const POOL_BATCHES_PER_WORKER = 6;

/** Batches queued at each worker at once (see the comment where they are fed). */
export const POOL_BATCHES_IN_FLIGHT = 2;

/**
 * How often a running pool looks at the cancel signal. Cancel must stop every worker within 250 ms; a 50 ms poll
 * leaves 200 ms for the terminations themselves.
 */
export const POOL_CANCEL_POLL_MS = 50;

/** Starts a repeating timer and returns the function that stops it. */
export type RepeatTimer = (milliseconds: number, tick: () => void) => () => void;

/** Options of `workerPoolExecutor`. */
export interface WorkerPoolOptions {
  /** Workers to start (whole, ≥ 1; never more than there are replicates). */
  readonly workers: number;
  /** Creates one worker (the host's adapter). */
  readonly createWorker: () => PoolWorker;
  /** @defaultValue POOL_BATCHES_PER_WORKER */
  readonly batchesPerWorker?: number;
  /** @defaultValue POOL_CANCEL_POLL_MS */
  readonly cancelPollMs?: number;
  /** The repeating timer that polls the cancel signal. @defaultValue the host's setInterval (none: no polling) */
  readonly every?: RepeatTimer;
}

declare const setInterval: ((tick: () => void, milliseconds: number) => unknown) | undefined;
declare const clearInterval: ((handle: unknown) => void) | undefined;

/** The host's setInterval where it has one (Node, browsers, Web Workers); otherwise nothing polls. */
const hostTimer: RepeatTimer = (milliseconds, tick) => {
  if (typeof setInterval !== "function") return () => undefined;
  const handle = setInterval(tick, milliseconds);
  return () => {
    if (typeof clearInterval === "function") clearInterval(handle);
  };
};

/**
 * A replicate executor that runs the bootstrap on a pool of workers: the one scheduler behind the runner's
 * worker_threads pool and the task pane's Web Worker pool. Every worker gets the job once and then batches of
 * replicate indices as it finishes the last (dynamic scheduling); results are stored by index. Since replicate i
 * depends only on (job, i) (`replicateRunner`), the results are identical for any number of workers. The pool is
 * closed — every worker terminated — when the run ends, a worker fails, or the signal is aborted (polled every
 * `cancelPollMs`, so a cancel stops every worker within 250 ms even inside a long batch).
 * @param options - worker count, the worker factory and the scheduling constants
 * @returns an executor for `bootstrapIntervals` / `runMmm`'s bootstrap
 * @example workerPoolExecutor({ workers: 3, createWorker: () => webWorker(new Worker(url)) })(job, 200, {});
 * @see https://developer.mozilla.org/docs/Web/API/Web_Workers_API
 */
export function workerPoolExecutor(options: WorkerPoolOptions): ReplicateExecutor {
  const batchesPerWorker = options.batchesPerWorker ?? POOL_BATCHES_PER_WORKER;
  const pollMs = options.cancelPollMs ?? POOL_CANCEL_POLL_MS;
  const every = options.every ?? hostTimer;
  return (job, replicates, hooks) =>
    new Promise<readonly (Replicate | null)[]>((resolve, reject) => {
      const results = new Array<Replicate | null>(Math.max(0, replicates)).fill(null);
      if (hooks.signal?.aborted) {
        reject(new CancelledError());
        return;
      }
      if (replicates <= 0) {
        resolve(results);
        return;
      }
      const count = Math.max(1, Math.min(Math.floor(options.workers), replicates));
      const batchSize = Math.max(1, Math.ceil(replicates / (count * batchesPerWorker)));
      const workers: PoolWorker[] = [];
      let next = 0;
      let done = 0;
      let settled = false;
      let stopPolling: () => void = () => undefined;
      const finish = (outcome: { readonly error: Error } | { readonly ok: true }): void => {
        if (settled) return;
        settled = true;
        stopPolling();
        for (const worker of workers) worker.terminate();
        if ("error" in outcome) reject(outcome.error);
        else resolve(results);
      };
      const feed = (worker: PoolWorker): void => {
        if (next >= replicates) return;
        const indices: number[] = [];
        while (indices.length < batchSize && next < replicates) indices.push(next++);
        worker.post({ type: "run", indices });
      };
      stopPolling = every(pollMs, () => {
        if (hooks.signal?.aborted) finish({ error: new CancelledError() });
      });
      for (let w = 0; w < count && !settled; w++) {
        const worker = options.createWorker();
        workers.push(worker);
        worker.onMessage((response) => {
          if (settled) return;
          if (response.type === "error") {
            finish({ error: new Error(response.message) });
            return;
          }
          response.indices.forEach((index, i) => (results[index] = response.replicates[i] ?? null));
          done += response.indices.length;
          hooks.onProgress?.(done, replicates);
          if (hooks.signal?.aborted) finish({ error: new CancelledError() });
          else if (done >= replicates) finish({ ok: true });
          else feed(worker);
        });
        worker.onError((error) => finish({ error }));
        worker.post({ type: "job", job });
        // Two batches in flight: a worker never waits for this thread, which may be busy (diagnostics run on it
        // while the pool works) when a batch comes back.
        for (let b = 0; b < POOL_BATCHES_IN_FLIGHT; b++) feed(worker);
      }
    });
}
