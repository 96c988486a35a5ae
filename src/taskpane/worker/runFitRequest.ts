import { bootstrapIntervals } from "../../core/analysis/bootstrapIntervals";
import { diagnoseFit } from "../../core/analysis/diagnoseFit";
import { planBudget } from "../../core/analysis/planBudget";
import { sensitivityAnalysis } from "../../core/analysis/sensitivityAnalysis";
import type { BudgetPlan, FitDiagnostics, Intervals, Sensitivity } from "../../core/analysis/types";
import { CancelledError } from "../../core/errors";
import { fitMmm } from "../../core/model/fitMmm";
import type { FitRequest, FitResponse } from "./fitProtocol";

/** The core steps a run uses (injectable so tests can pass fakes). */
export interface FitSteps {
  readonly fit: typeof fitMmm;
  readonly bootstrap: typeof bootstrapIntervals;
  readonly budget: typeof planBudget;
  readonly sensitivity: typeof sensitivityAnalysis;
  /** Optional: see CORE_STEPS. */
  readonly diagnostics?: typeof diagnoseFit;
}

const CORE_STEPS: FitSteps = {
  fit: fitMmm,
  bootstrap: bootstrapIntervals,
  budget: planBudget,
  sensitivity: sensitivityAnalysis,
  diagnostics: diagnoseFit,
};

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs one request and reports through `post`: progress, then the outcome or the error. Never throws.
 * The fit must succeed; the bootstrap, budget plan, sensitivity and diagnostics are best effort (a failure becomes a note),
 * except a cancel, which stops everything. The worker entry (fitWorker.ts) is this function bound to postMessage.
 * @param request - Dataset, fit options and analysis settings.
 * @param post - Sends a message to the pane.
 * @param steps - Core functions (defaults: fitMmm, bootstrapIntervals, planBudget, sensitivityAnalysis, diagnoseFit).
 * @returns Resolves when the final message has been posted.
 * @example await runFitRequest(request, (m) => self.postMessage(m)); // => posts { type: "result", outcome }
 * @see https://developer.mozilla.org/docs/Web/API/Web_Workers_API/Using_web_workers
 */
export async function runFitRequest(
  request: FitRequest,
  post: (message: FitResponse) => void,
  steps: FitSteps = CORE_STEPS
): Promise<void> {
  const onProgress = (stage: string, done: number, total: number): void =>
    post({ type: "progress", stage, done, total });
  try {
    const { dataset, analysis } = request;
    const result = await steps.fit(dataset, request.options, { onProgress });
    const notes: string[] = [];
    let intervals: Intervals | null = null;
    let budget: BudgetPlan | null = null;
    let sensitivity: Sensitivity | null = null;
    let diagnostics: FitDiagnostics | null = null;
    if (analysis.bootstrapReplicates >= 2) {
      try {
        intervals = await steps.bootstrap(
          dataset,
          result,
          {
            replicates: analysis.bootstrapReplicates,
            seed: analysis.seed,
            tuning: analysis.bootstrapTuning,
          },
          { onProgress }
        );
      } catch (error) {
        if (error instanceof CancelledError) throw error;
        notes.push(`Uncertainty intervals were skipped: ${reason(error)}`);
      }
    }
    onProgress("budget plan", 0, 1);
    try {
      budget = steps.budget(dataset, result, intervals, {
        ...(analysis.budgetTotal === null ? {} : { total: analysis.budgetTotal }),
        minShare: analysis.budgetMinShare,
        maxShare: analysis.budgetMaxShare,
      });
    } catch (error) {
      notes.push(`The budget plan was skipped: ${reason(error)}`);
    }
    try {
      sensitivity = steps.sensitivity(result, intervals);
    } catch (error) {
      notes.push(`The price and promotion scenarios were skipped: ${reason(error)}`);
    }
    if (steps.diagnostics) {
      onProgress("diagnostics", 0, 1);
      try {
        diagnostics = steps.diagnostics(dataset, result);
      } catch (error) {
        notes.push(`The fit diagnostics were skipped: ${reason(error)}`);
      }
    }
    post({
      type: "result",
      outcome: { result, intervals, budget, sensitivity, diagnostics, notes },
    });
  } catch (error) {
    post({
      type: "error",
      name: error instanceof Error ? error.name : "Error",
      message: reason(error),
    });
  }
}
