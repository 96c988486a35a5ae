/**
 * Types of the one pipeline (`runMmm`): what a run is asked for, how it reports progress, and the one result every
 * surface (task pane, runner, report, custom functions) reads.
 */
import type {
  BootstrapTuning,
  BudgetPlan,
  FitDiagnostics,
  Intervals,
  PlaceboResult,
  ReplicateExecutor,
  Sensitivity,
} from "../analysis/types";
import type { DataCheck, HealthVerdict } from "../health/types";
import type { LiftTestCandidate } from "../experiments/rankLiftTests";
import type { FitOptions, MmmResult } from "../model/types";

/** Settings of the bootstrap step. */
export interface RunBootstrapOptions {
  /** Replicates; 0 or 1 = no intervals. @defaultValue 200 (DEFAULT_BOOTSTRAP_REPLICATES) */
  readonly replicates?: number;
  /** Seed of the resampling. @defaultValue 20240611 (DEFAULT_BOOTSTRAP_SEED) */
  readonly seed?: number;
  /** Hyperparameters in each replicate. @defaultValue "auto" */
  readonly tuning?: BootstrapTuning;
  /** Where the replicates run (a worker pool in the runner). @defaultValue this thread */
  readonly executor?: ReplicateExecutor;
}

/** Settings of the budget plan step. */
export interface RunBudgetOptions {
  /** Weekly budget to spread; null or absent = keep the current total. */
  readonly total?: number | null;
  /** Lowest weekly spend per channel as a fraction of current spend. @defaultValue 0.5 */
  readonly minShare?: number;
  /** Highest weekly spend per channel as a fraction of current spend. @defaultValue 1.5 */
  readonly maxShare?: number;
}

/** Everything a run is asked for: the fit's options and each analysis step's settings. */
export interface RunOptions {
  readonly fit?: FitOptions;
  readonly bootstrap?: RunBootstrapOptions;
  readonly budget?: RunBudgetOptions;
  /** Warnings found before the run (e.g. ingestion's constant-column warnings), carried into `warnings`. */
  readonly inputWarnings?: readonly string[];
  /**
   * Run the placebo check (`placeboCheck`: a shifted copy of a channel's spend refitted as a fake channel) after the
   * diagnostics. Off by default: it costs about one more fit. @defaultValue false
   */
  readonly placebo?: boolean;
}

/** Progress and cancellation of a run. */
export interface RunHooks {
  /** Called as each step advances: stage is a short label ("outcome search", "bootstrap", "diagnostics"…). */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
  /** Set `aborted` to stop at the next step; the run then throws CancelledError. */
  readonly signal?: { readonly aborted: boolean };
  /**
   * Called once, right after the fit, with a provisional run (`complete: false`): the data checks and the fit's
   * result, every later step's field null. Surfaces show and write the point estimates at once ("answer first")
   * and replace them with the final run. Its point estimates are exactly the final run's.
   */
  readonly onFitted?: (provisional: MmmRun) => void;
}

/** The analysis steps after the fit, in the order the pipeline runs them. */
export type RunStep =
  "dataChecks" | "intervals" | "diagnostics" | "placebo" | "sensitivity" | "budget" | "health";

/** One analysis step that did not produce its result, and why (in words a user can act on). */
export interface SkippedStep {
  readonly step: RunStep;
  readonly reason: string;
}

/**
 * The one result of a run. Every surface renders this and computes nothing of its own. A field is null when its step
 * was not asked for (intervals with fewer than 2 replicates) or failed (see `skipped`).
 */
export interface MmmRun {
  /**
   * false for the provisional run `RunHooks.onFitted` gets (point estimates only: intervals, diagnostics and the
   * budget plan still being computed), true for the run `runMmm` returns.
   */
  readonly complete: boolean;
  /** Checks of the data made before the fit (weeks per parameter, always-on channels, collinearity, …). */
  readonly dataChecks: readonly DataCheck[];
  readonly result: MmmResult;
  readonly intervals: Intervals | null;
  readonly diagnostics: FitDiagnostics | null;
  /** The placebo check; null when not asked for (`RunOptions.placebo`) or failed. */
  readonly placebo: PlaceboResult | null;
  /**
   * Which channel's lift test would narrow the budget decision most: every social channel's +50%, 8-week test plan
   * ranked by the revenue its ROAS uncertainty puts at stake (`rankLiftTests`); null without intervals or a
   * residual error to plan from.
   */
  readonly testPlan: readonly LiftTestCandidate[] | null;
  readonly sensitivity: Sensitivity | null;
  readonly budget: BudgetPlan | null;
  /** The one health verdict (pass / review / fail) with the findings that drive it. */
  readonly health: HealthVerdict | null;
  /** Channels with no spend in any training week: warned about and held at current spend in the budget plan. */
  readonly heldChannels: readonly string[];
  /** Steps that failed, with the reason (a failed step never fails the run; a failed fit or a cancel does). */
  readonly skipped: readonly SkippedStep[];
  /** Plain-words notes about skipped steps, one per entry of `skipped`. */
  readonly notes: readonly string[];
  /**
   * Every plain-language warning of the run in one list: input warnings, the fit's, the bootstrap's, the
   * diagnostics', the budget plan's, then the notes of skipped steps.
   */
  readonly warnings: readonly string[];
  /** The settings the run used, defaults filled in, so every surface can state them. */
  readonly settings: RunSettings;
}

/** The settings a run used (defaults resolved). */
export interface RunSettings {
  readonly replicates: number;
  readonly seed: number;
  readonly tuning: BootstrapTuning;
  readonly budgetTotal: number | null;
  readonly budgetMinShare: number;
  readonly budgetMaxShare: number;
  /** Whether the placebo check runs. */
  readonly placebo: boolean;
}
