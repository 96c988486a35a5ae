/* global MessageEvent */
import { CancelledError } from "../../../src/core/errors";
import type { FitRequest, FitResponse } from "../../../src/taskpane/worker/fitProtocol";
import { runFitRequest } from "../../../src/taskpane/worker/runFitRequest";
import type { RunSteps as FitSteps } from "../../../src/core/pipeline/runMmm";
import { workerFitStarter, type WorkerLike } from "../../../src/taskpane/worker/startWorkerFit";
import type { AnalysisRequest, FitOutcome } from "../../../src/taskpane/fitOutcome";
import type { Dataset } from "../../../src/core/types";
import { toDataset } from "../../../src/core/data/toDataset";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import { SAMPLE_BUDGET, SAMPLE_DIAGNOSTICS, SAMPLE_RESULT } from "../fixtures/sampleResult";

const ANALYSIS: AnalysisRequest = {
  bootstrapReplicates: 0,
  bootstrapTuning: "auto",
  seed: 1,
  budgetTotal: null,
  budgetMinShare: 0.5,
  budgetMaxShare: 1.5,
};

/** Core steps that succeed at once (fit reports one progress step). */
const quickSteps: FitSteps = {
  fit: async (_dataset, _options, hooks) => {
    hooks?.onProgress?.("outcome search", 1, 2);
    return SAMPLE_RESULT;
  },
  bootstrap: async () => {
    throw new Error("not called");
  },
  budget: () => SAMPLE_BUDGET,
  sensitivity: () => {
    throw new Error("no price column");
  },
  diagnostics: () => SAMPLE_DIAGNOSTICS,
};

/** A Worker stand-in whose "thread" is runFitRequest with injected steps. */
function fakeWorker(steps: FitSteps): WorkerLike & { terminated: boolean } {
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
        steps
      );
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

const ingested = toDataset(simulateMmmData({ seed: 2 }).grid);
if (!ingested.ok) throw new Error("The simulated grid did not ingest.");
const dataset: Dataset = ingested.dataset;

describe("workerFitStarter with runFitRequest", () => {
  it("reports progress, resolves with the outcome and terminates the worker", async () => {
    const worker = fakeWorker(quickSteps);
    const progress: string[] = [];
    const run = workerFitStarter(() => worker)(dataset, {}, ANALYSIS, (p) =>
      progress.push(`${p.stage} ${p.done}/${p.total}`)
    );
    const outcome = await run.result;
    expect(outcome.result).toBe(SAMPLE_RESULT);
    expect(outcome.budget).toBe(SAMPLE_BUDGET);
    expect(outcome.intervals).toBeNull();
    expect(outcome.notes).toEqual([
      "The price and promotion scenarios were skipped: no price column",
    ]);
    expect(outcome.diagnostics).toBe(SAMPLE_DIAGNOSTICS);
    expect(progress).toEqual([
      "outcome search 1/2",
      "diagnostics 0/1",
      "diagnostics 1/1",
      "price and promotion scenarios 0/1",
      "price and promotion scenarios 1/1",
      "budget plan 0/1",
      "budget plan 1/1",
    ]);
    expect(worker.terminated).toBe(true);
  });

  it("hands the provisional run (point estimates) to onFitted before the final result", async () => {
    const order: string[] = [];
    const provisional: FitOutcome[] = [];
    const run = workerFitStarter(() => fakeWorker(quickSteps))(
      dataset,
      {},
      ANALYSIS,
      (p) => order.push(p.stage),
      (outcome) => {
        order.push("fitted");
        provisional.push(outcome);
      }
    );
    const outcome = await run.result;
    expect(provisional).toHaveLength(1);
    expect(provisional[0]?.complete).toBe(false);
    expect(provisional[0]?.result).toBe(SAMPLE_RESULT);
    expect(provisional[0]?.budget).toBeNull();
    expect(outcome.complete).toBe(true);
    expect(order.slice(0, 3)).toEqual(["outcome search", "fitted", "diagnostics"]);
  });

  it("runs the bootstrap with the requested replicates and seed when asked", async () => {
    const seen: unknown[] = [];
    const steps: FitSteps = {
      ...quickSteps,
      bootstrap: async (_d, _r, options) => {
        seen.push(options);
        throw new Error("too few weeks");
      },
    };
    const outcome = await workerFitStarter(() => fakeWorker(steps))(
      dataset,
      {},
      { ...ANALYSIS, bootstrapReplicates: 50, bootstrapTuning: "fixed" },
      () => undefined
    ).result;
    expect(seen).toEqual([{ replicates: 50, seed: 1, tuning: "fixed" }]);
    expect(outcome.notes[0]).toBe("Uncertainty intervals were skipped: too few weeks");
  });

  it("rejects with CancelledError at once when cancelled, and terminates the worker", async () => {
    const worker = fakeWorker({ ...quickSteps, fit: () => new Promise(() => undefined) });
    const run = workerFitStarter(() => worker)(dataset, {}, ANALYSIS, () => undefined);
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(CancelledError);
    expect(worker.terminated).toBe(true);
  });

  it("passes the core's fit error message on", async () => {
    const steps: FitSteps = {
      ...quickSteps,
      fit: async () => {
        throw new Error("The data are too short to validate.");
      },
    };
    const run = workerFitStarter(() => fakeWorker(steps))(dataset, {}, ANALYSIS, () => undefined);
    await expect(run.result).rejects.toThrow("The data are too short to validate.");
  });
});
