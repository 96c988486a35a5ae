/* global MessageEvent, ErrorEvent */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { poolWorkerHandler } from "../../../src/core/analysis/poolWorkerHandler";
import type { PoolRequest } from "../../../src/core/analysis/workerPoolExecutor";
import { CancelledError } from "../../../src/core/errors";
import {
  replicateWorkerCount,
  webWorkerPoolExecutor,
  type ReplicateWebWorker,
} from "../../../src/taskpane/worker/webWorkerPoolExecutor";
import { fitSimulated, type SimulatedFit } from "../../core/analysis/fitSimulated";

/** A fake Web Worker running the real replicate worker's handler on a macrotask, like postMessage would. */
function fakeWebWorker(
  created: { terminated: boolean }[],
  compute = true
): ReplicateWebWorker & { terminated: boolean } {
  const worker = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (request: PoolRequest) => {
      if (compute) setTimeout(() => handle(request), 0);
    },
    terminate: () => {
      worker.terminated = true;
    },
  } as ReplicateWebWorker & { terminated: boolean };
  const handle = poolWorkerHandler((response) =>
    setTimeout(() => {
      if (!worker.terminated) worker.onmessage?.({ data: response } as MessageEvent);
    }, 0)
  );
  created.push(worker);
  return worker;
}

let fit: SimulatedFit;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 5 });
}, 120_000);

describe("webWorkerPoolExecutor", () => {
  it("gives the same intervals with 1, 2 and 4 workers as in one thread", async () => {
    const options = { replicates: 8, seed: 4, tuning: "retuned" as const };
    const plain = await bootstrapIntervals(fit.dataset, fit.result, options);
    for (const workers of [1, 2, 4]) {
      const created: { terminated: boolean }[] = [];
      const pooled = await bootstrapIntervals(fit.dataset, fit.result, {
        ...options,
        executor: webWorkerPoolExecutor(workers, () => fakeWebWorker(created)),
      });
      expect(created).toHaveLength(workers);
      expect(created.every((worker) => worker.terminated)).toBe(true);
      expect(JSON.stringify(pooled.observed)).toBe(JSON.stringify(plain.observed));
      expect(Array.from(pooled.predictionBand.upper)).toEqual(
        Array.from(plain.predictionBand.upper)
      );
    }
  }, 120_000);

  it("terminates every Web Worker within 250 ms of a cancel", async () => {
    const created: { terminated: boolean }[] = [];
    const signal = { aborted: false };
    const running = webWorkerPoolExecutor(4, () => fakeWebWorker(created, false))(
      {
        dataset: fit.dataset,
        result: fit.result,
        seed: 1,
        blockLength: 4,
        tuning: "fixed",
      },
      100,
      { signal }
    );
    signal.aborted = true;
    const cancelledAt = Date.now();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(Date.now() - cancelledAt).toBeLessThan(250);
    expect(created.map((worker) => worker.terminated)).toEqual([true, true, true, true]);
  });

  it("reports a worker crash as an error of the run", async () => {
    const created: { terminated: boolean }[] = [];
    const running = webWorkerPoolExecutor(2, () => {
      const worker = fakeWebWorker(created, false);
      setTimeout(() => worker.onerror?.({ message: "script failed" } as ErrorEvent), 5);
      return worker;
    })(
      { dataset: fit.dataset, result: fit.result, seed: 1, blockLength: 4, tuning: "fixed" },
      4,
      {}
    );
    await expect(running).rejects.toThrow("A replicate worker stopped unexpectedly: script failed");
  });

  it("uses all cores but one, at least one", () => {
    expect([8, 4, 2, 1, 0, undefined].map(replicateWorkerCount)).toEqual([7, 3, 1, 1, 1, 1]);
  });
});
