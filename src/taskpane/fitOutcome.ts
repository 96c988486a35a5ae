import type { BootstrapTuning } from "../core/analysis/types";
import type { MmmRun } from "../core/pipeline/types";

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
  /** Warnings found when the table was read (constant columns, …), carried into the run's warnings. */
  readonly inputWarnings?: readonly string[];
}

/**
 * Everything one run computes before anything is written: the one pipeline's result (`runMmm`). A failed analysis
 * step leaves its field null and adds a note; only a failed fit fails the run.
 */
export type FitOutcome = MmmRun;
