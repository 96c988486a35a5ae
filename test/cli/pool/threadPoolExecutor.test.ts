import { beforeAll, describe, expect, it } from "@jest/globals";
import {
  bootstrapIntervals,
  inThreadExecutor,
} from "../../../src/core/analysis/bootstrapIntervals";
import { defaultBlockLength } from "../../../src/core/uncertainty/defaultBlockLength";
import type { ReplicateJob } from "../../../src/core/analysis/types";
import { CancelledError } from "../../../src/core/errors";
import { threadPoolExecutor } from "../../../src/cli/pool/threadPoolExecutor";
import { fitSimulated, type SimulatedFit } from "../../core/analysis/fitSimulated";

let fit: SimulatedFit;
let job: ReplicateJob;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 5 });
  job = {
    dataset: fit.dataset,
    result: fit.result,
    seed: 9,
    blockLength: defaultBlockLength(fit.dataset.weeks.length),
    tuning: "retuned",
  };
}, 120_000);

const REPLICATES = 8;

describe("threadPoolExecutor", () => {
  it("gives exactly the in-thread replicates for 1, 2 and 4 workers", async () => {
    const reference = JSON.stringify(await inThreadExecutor(job, REPLICATES, {}));
    for (const threads of [1, 2, 4]) {
      const progress: number[] = [];
      const pooled = await threadPoolExecutor(threads)(job, REPLICATES, {
        onProgress: (done) => progress.push(done),
      });
      expect(JSON.stringify(pooled)).toBe(reference);
      expect(progress[progress.length - 1]).toBe(REPLICATES);
    }
  }, 180_000);

  it("gives the same intervals through bootstrapIntervals as without a pool", async () => {
    const options = { replicates: 6, seed: 3, tuning: "fixed" as const };
    const plain = await bootstrapIntervals(fit.dataset, fit.result, options);
    const pooled = await bootstrapIntervals(fit.dataset, fit.result, {
      ...options,
      executor: threadPoolExecutor(2),
    });
    expect(JSON.stringify(pooled.observed)).toBe(JSON.stringify(plain.observed));
    expect(Array.from(pooled.predictionBand.upper)).toEqual(Array.from(plain.predictionBand.upper));
  }, 180_000);

  it("stops every worker within 250 ms of a cancel", async () => {
    const signal = { aborted: false };
    const running = threadPoolExecutor(2)(job, 400, { signal });
    setTimeout(() => (signal.aborted = true), 300);
    const started = Date.now();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    const stoppedAfterCancel = Date.now() - started - 300;
    expect(stoppedAfterCancel).toBeLessThan(250);
  }, 60_000);
});
