import { beforeAll, describe, expect, it } from "@jest/globals";
import { inThreadExecutor } from "../../../src/core/analysis/bootstrapIntervals";
import { poolWorkerHandler } from "../../../src/core/analysis/poolWorkerHandler";
import {
  workerPoolExecutor,
  type PoolRequest,
  type PoolResponse,
  type PoolWorker,
} from "../../../src/core/analysis/workerPoolExecutor";
import type { ReplicateJob } from "../../../src/core/analysis/types";
import { CancelledError } from "../../../src/core/errors";
import { defaultBlockLength } from "../../../src/core/uncertainty/defaultBlockLength";
import { fitSimulated } from "./fitSimulated";

/** A fake worker: the real pool worker handler behind an asynchronous message channel, recording terminate. */
interface FakeWorker extends PoolWorker {
  readonly posted: PoolRequest[];
  terminated: boolean;
}

function fakeWorker(compute = true): FakeWorker {
  let onMessage: (response: PoolResponse) => void = () => undefined;
  const handle = poolWorkerHandler((response) => setTimeout(() => onMessage(response), 0));
  const worker: FakeWorker = {
    posted: [],
    terminated: false,
    post: (request) => {
      worker.posted.push(request);
      if (compute) setTimeout(() => handle(request), 0);
    },
    onMessage: (handler) => {
      onMessage = (response) => {
        if (!worker.terminated) handler(response);
      };
    },
    onError: () => undefined,
    terminate: () => {
      worker.terminated = true;
    },
  };
  return worker;
}

let job: ReplicateJob;
beforeAll(async () => {
  const fit = await fitSimulated({ seed: 5 });
  job = {
    dataset: fit.dataset,
    result: fit.result,
    seed: 9,
    blockLength: defaultBlockLength(fit.dataset.weeks.length),
    tuning: "fixed",
  };
}, 120_000);

const REPLICATES = 9;

describe("workerPoolExecutor", () => {
  it("gives exactly the in-thread replicates for 1, 2 and 4 workers, and closes the pool", async () => {
    const reference = JSON.stringify(await inThreadExecutor(job, REPLICATES, {}));
    for (const workers of [1, 2, 4]) {
      const created: FakeWorker[] = [];
      const progress: number[] = [];
      const pooled = await workerPoolExecutor({
        workers,
        createWorker: () => {
          const worker = fakeWorker();
          created.push(worker);
          return worker;
        },
      })(job, REPLICATES, { onProgress: (done) => progress.push(done) });
      expect(JSON.stringify(pooled)).toBe(reference);
      expect(created).toHaveLength(workers);
      expect(created.every((worker) => worker.terminated)).toBe(true);
      expect(progress[progress.length - 1]).toBe(REPLICATES);
      // Every index asked for exactly once across the pool.
      const asked = created
        .flatMap((worker) => worker.posted)
        .flatMap((request) => (request.type === "run" ? request.indices : []));
      expect([...asked].sort((a, b) => a - b)).toEqual([...Array(REPLICATES).keys()]);
    }
  }, 120_000);

  it("terminates every worker within 250 ms of a cancel, even mid-batch", async () => {
    const created: FakeWorker[] = [];
    const signal = { aborted: false };
    const running = workerPoolExecutor({
      workers: 3,
      createWorker: () => {
        const worker = fakeWorker(false); // never answers: a batch that outlasts the cancel
        created.push(worker);
        return worker;
      },
    })(job, 200, { signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    signal.aborted = true;
    const cancelledAt = Date.now();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(Date.now() - cancelledAt).toBeLessThan(250);
    expect(created).toHaveLength(3);
    expect(created.every((worker) => worker.terminated)).toBe(true);
  });

  it("starts no worker when already cancelled, and fails the run with a worker's error", async () => {
    let created = 0;
    const none = workerPoolExecutor({
      workers: 2,
      createWorker: () => {
        created += 1;
        return fakeWorker();
      },
    })(job, 4, { signal: { aborted: true } });
    await expect(none).rejects.toBeInstanceOf(CancelledError);
    expect(created).toBe(0);

    const broken: FakeWorker[] = [];
    const failing = workerPoolExecutor({
      workers: 2,
      createWorker: () => {
        const worker = fakeWorker(false);
        worker.onError = (handler) => setTimeout(() => handler(new Error("out of memory")), 5);
        broken.push(worker);
        return worker;
      },
    })(job, 4, {});
    await expect(failing).rejects.toThrow("out of memory");
    expect(broken.every((worker) => worker.terminated)).toBe(true);
  });
});
