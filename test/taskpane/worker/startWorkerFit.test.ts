/* global MessageEvent */
import { CancelledError } from "../../../src/core/errors";
import type { FitRequest, FitResponse } from "../../../src/taskpane/worker/fitProtocol";
import { runFitRequest } from "../../../src/taskpane/worker/runFitRequest";
import { workerFitStarter, type WorkerLike } from "../../../src/taskpane/worker/startWorkerFit";
import type { Dataset } from "../../../src/core/types";
import { SAMPLE_RESULT } from "../fixtures/sampleResult";

/** A Worker stand-in whose "thread" is runFitRequest with an injected fit. */
function fakeWorker(
  fit: Parameters<typeof runFitRequest>[2]
): WorkerLike & { terminated: boolean } {
  const worker = {
    onmessage: null as WorkerLike["onmessage"],
    onerror: null as WorkerLike["onerror"],
    terminated: false,
    postMessage(request: FitRequest) {
      void runFitRequest(
        request,
        (message: FitResponse) => {
          if (!worker.terminated)
            worker.onmessage?.({ data: message } as MessageEvent<FitResponse>);
        },
        fit
      );
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

const dataset = {} as Dataset;

describe("workerFitStarter", () => {
  it("reports progress, resolves with the result and terminates the worker", async () => {
    const worker = fakeWorker(async (_d, _o, hooks) => {
      hooks?.onProgress?.("outcome search", 1, 2);
      return SAMPLE_RESULT;
    });
    const progress: string[] = [];
    const run = workerFitStarter(() => worker)(dataset, {}, (p) =>
      progress.push(`${p.stage} ${p.done}/${p.total}`)
    );
    await expect(run.result).resolves.toBe(SAMPLE_RESULT);
    expect(progress).toEqual(["outcome search 1/2"]);
    expect(worker.terminated).toBe(true);
  });

  it("rejects with CancelledError at once when cancelled, and terminates the worker", async () => {
    const worker = fakeWorker(() => new Promise(() => undefined));
    const run = workerFitStarter(() => worker)(dataset, {}, () => undefined);
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(CancelledError);
    expect(worker.terminated).toBe(true);
  });

  it("passes the core's error message on", async () => {
    const worker = fakeWorker(async () => {
      throw new Error("The data are too short to validate.");
    });
    const run = workerFitStarter(() => worker)(dataset, {}, () => undefined);
    await expect(run.result).rejects.toThrow("The data are too short to validate.");
  });
});
