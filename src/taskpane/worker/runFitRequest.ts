import type { ReplicateExecutor } from "../../core/analysis/types";
import { runMmm, type RunSteps } from "../../core/pipeline/runMmm";
import type { FitRequest, FitResponse } from "./fitProtocol";

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs one request through the one pipeline (`runMmm`) and reports through `post`: progress, the provisional run
 * right after the fit ("fitted", so the pane can write the point estimates at once), then the final run or the
 * error. Never throws. The failure policy is the pipeline's (only a failed fit or a cancel fails the run). The worker
 * entry (fitWorker.ts) is this function bound to postMessage.
 * @param request - Dataset, fit options and analysis settings.
 * @param post - Sends a message to the pane.
 * @param steps - Core steps for the pipeline (tests pass failing ones); default the real ones.
 * @param executor - Where the bootstrap's replicates run (fitWorker.ts: a pool of Web Workers); default this thread.
 * @returns Resolves when the final message has been posted.
 * @example await runFitRequest(request, (m) => self.postMessage(m)); // => posts { type: "result", outcome }
 * @see https://developer.mozilla.org/docs/Web/API/Web_Workers_API/Using_web_workers
 */
export async function runFitRequest(
  request: FitRequest,
  post: (message: FitResponse) => void,
  steps?: RunSteps,
  executor?: ReplicateExecutor
): Promise<void> {
  const onProgress = (stage: string, done: number, total: number): void =>
    post({ type: "progress", stage, done, total });
  try {
    const { dataset, analysis } = request;
    const outcome = await runMmm(
      dataset,
      {
        fit: request.options,
        bootstrap: {
          replicates: analysis.bootstrapReplicates,
          seed: analysis.seed,
          tuning: analysis.bootstrapTuning,
          ...(executor ? { executor } : {}),
        },
        budget: {
          total: analysis.budgetTotal,
          minShare: analysis.budgetMinShare,
          maxShare: analysis.budgetMaxShare,
        },
        inputWarnings: analysis.inputWarnings ?? [],
      },
      { onProgress, onFitted: (provisional) => post({ type: "fitted", provisional }) },
      steps
    );
    post({ type: "result", outcome });
  } catch (error) {
    post({
      type: "error",
      name: error instanceof Error ? error.name : "Error",
      message: reason(error),
    });
  }
}
