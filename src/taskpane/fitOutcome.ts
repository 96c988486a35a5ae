import type {
  BootstrapTuning,
  BudgetPlan,
  FitDiagnostics,
  Intervals,
  Sensitivity,
} from "../core/analysis/types";
import type { MmmResult } from "../core/model/types";

/** What the pane asks the worker for beyond fitMmm's options: the bootstrap and the budget plan. */
export interface AnalysisRequest {
  /** Bootstrap replicates (0 or 1 = no intervals). */
  readonly bootstrapReplicates: number;
  /** Seed of the bootstrap's resampling. */
  readonly seed: number;
  /** Hyperparameters in each bootstrap replicate: re-tuned, held fixed, or "auto" (re-tuned on small data). */
  readonly bootstrapTuning: BootstrapTuning;
  /** Weekly budget to allocate; null = keep the current total. */
  readonly budgetTotal: number | null;
  /** Lowest / highest weekly spend per channel as fractions of current spend. */
  readonly budgetMinShare: number;
  readonly budgetMaxShare: number;
}

/**
 * Everything one run computes before anything is written: the fit, and (when they succeed) bootstrap intervals,
 * the budget plan, price/promotion sensitivity and fit diagnostics. A failed analysis step leaves its field null and adds a note;
 * only a failed fit fails the run.
 */
export interface FitOutcome {
  readonly result: MmmResult;
  readonly intervals: Intervals | null;
  readonly budget: BudgetPlan | null;
  readonly sensitivity: Sensitivity | null;
  readonly diagnostics: FitDiagnostics | null;
  /** Plain-words notes about analysis steps that were skipped or failed. */
  readonly notes: readonly string[];
}
