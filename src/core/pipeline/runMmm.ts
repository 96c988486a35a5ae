import { bootstrapIntervals } from "../analysis/bootstrapIntervals";
import { DEFAULT_BOOTSTRAP_REPLICATES, DEFAULT_BOOTSTRAP_SEED } from "../analysis/constants";
import { diagnoseFit } from "../analysis/diagnoseFit";
import { placeboCheck } from "../analysis/placeboCheck";
import { planBudget } from "../analysis/planBudget";
import { sensitivityAnalysis } from "../analysis/sensitivityAnalysis";
import type {
  BudgetPlan,
  FitDiagnostics,
  Intervals,
  PlaceboResult,
  Sensitivity,
} from "../analysis/types";
import { CancelledError } from "../errors";
import { assessHealth } from "../health/assessHealth";
import type { HealthVerdict } from "../health/types";
import { fitMmm } from "../attribution/fitMmm";
import { DEFAULT_TEST_PLAN_CHANGE, DEFAULT_TEST_PLAN_WEEKS } from "../experiments/constants";
import { rankLiftTests, type LiftTestCandidate } from "../experiments/rankLiftTests";
import { DEFAULT_MAX_SHARE_OF_CURRENT, DEFAULT_MIN_SHARE_OF_CURRENT } from "../optimizer/constants";
import type { Dataset } from "../types";
import { STEP_LABELS } from "./constants";
import { preflight } from "./preflight";
import type { MmmRun, RunHooks, RunOptions, RunSettings, RunStep, SkippedStep } from "./types";

/** The core steps a run uses; injectable so tests can make one fail. */
export interface RunSteps {
  readonly fit: typeof fitMmm;
  readonly bootstrap: typeof bootstrapIntervals;
  readonly diagnostics: typeof diagnoseFit;
  readonly sensitivity: typeof sensitivityAnalysis;
  readonly budget: typeof planBudget;
  /** Optional: default assessHealth. */
  readonly health?: typeof assessHealth;
  /** The placebo check (only with `RunOptions.placebo`). @defaultValue placeboCheck */
  readonly placebo?: typeof placeboCheck;
}

const CORE_STEPS: RunSteps = {
  fit: fitMmm,
  bootstrap: bootstrapIntervals,
  diagnostics: diagnoseFit,
  sensitivity: sensitivityAnalysis,
  budget: planBudget,
  health: assessHealth,
  placebo: placeboCheck,
};

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Fills in every default so the run and each surface state the same settings. */
export function resolveRunSettings(options: RunOptions): RunSettings {
  return {
    replicates: options.bootstrap?.replicates ?? DEFAULT_BOOTSTRAP_REPLICATES,
    seed: options.bootstrap?.seed ?? DEFAULT_BOOTSTRAP_SEED,
    tuning: options.bootstrap?.tuning ?? "auto",
    budgetTotal: options.budget?.total ?? null,
    budgetMinShare: options.budget?.minShare ?? DEFAULT_MIN_SHARE_OF_CURRENT,
    budgetMaxShare: options.budget?.maxShare ?? DEFAULT_MAX_SHARE_OF_CURRENT,
    placebo: options.placebo ?? false,
  };
}

/**
 * The one pipeline: fit → intervals → diagnostics → (placebo, when asked) → sensitivity → budget, returning one typed result that the task
 * pane, the runner, the report and the custom functions all render.
 *
 * Failure policy (the same for every caller): the fit must succeed, else the run throws and nothing downstream runs;
 * a cancel (hooks.signal, or CancelledError from any step) throws CancelledError at once; every later step is best
 * effort — its failure leaves its field null, records the step and reason in `skipped` and adds a plain note to
 * `notes` and `warnings`. Later steps still run without the failed one's output (e.g. the budget plan without
 * intervals has no interval on its change).
 *
 * @param dataset - a validated weekly dataset (`toDataset(...).dataset`)
 * @param options - fit options, bootstrap, budget and warnings found before the run
 * @param hooks - progress and cancellation
 * @param steps - the core functions (tests pass failing ones)
 * @returns the run's one result
 * @throws {CancelledError} when cancelled; the fit's own errors when the fit fails
 * @example
 * const run = await runMmm(dataset, { bootstrap: { replicates: 200, seed: 7 } });
 * run.result.effects.channels[0].roas; // => 2.41
 */
export async function runMmm(
  dataset: Dataset,
  options: RunOptions = {},
  hooks: RunHooks = {},
  steps: RunSteps = CORE_STEPS
): Promise<MmmRun> {
  const settings = resolveRunSettings(options);
  const onProgress = hooks.onProgress;
  const fitHooks = {
    ...(onProgress ? { onProgress } : {}),
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  };
  const throwIfCancelled = (): void => {
    if (hooks.signal?.aborted) throw new CancelledError();
  };
  // Before the fit (well under a second): what the data can and cannot answer, and channels it cannot learn.
  const checks = preflight(dataset, options.fit ?? {});
  const dataChecks = checks.dataChecks;
  const result = await steps.fit(dataset, options.fit ?? {}, fitHooks);
  const skipped: SkippedStep[] = [];
  if (checks.failure !== null) skipped.push({ step: "dataChecks", reason: checks.failure });
  if (hooks.onFitted) {
    throwIfCancelled();
    hooks.onFitted(provisionalRun(dataChecks, result, checks, skipped, options, settings));
  }
  // A step's value, or the reason it failed (a cancel still throws); `record` adds failures to `skipped` in step order.
  const outcome = async <T>(run: () => T | Promise<T>): Promise<StepOutcome<T>> => {
    throwIfCancelled();
    try {
      return { value: await run(), reason: null };
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      return { value: null, reason: reasonOf(error) };
    }
  };
  const record = <T>(step: RunStep, done: StepOutcome<T>): T | null => {
    if (done.reason !== null) skipped.push({ step, reason: done.reason });
    return done.value;
  };
  const attempt = async <T>(step: RunStep, run: () => T | Promise<T>): Promise<T | null> =>
    record(step, await outcome(run));
  const runIntervals = (): Promise<StepOutcome<Intervals>> =>
    settings.replicates >= 2
      ? outcome(() =>
          steps.bootstrap(
            dataset,
            result,
            {
              replicates: settings.replicates,
              seed: settings.seed,
              tuning: settings.tuning,
              ...(options.bootstrap?.executor ? { executor: options.bootstrap.executor } : {}),
            },
            fitHooks
          )
        )
      : Promise.resolve({ value: null, reason: null });
  const runDiagnostics = () => outcome(() => steps.diagnostics(dataset, result));
  let intervalsDone: StepOutcome<Intervals>;
  let diagnosticsDone: StepOutcome<FitDiagnostics>;
  if (options.bootstrap?.executor) {
    // The replicates run on the pool's workers (started before bootstrapIntervals first awaits), leaving this thread
    // idle: the diagnostics, which do not need the intervals, run meanwhile. Their progress is told afterwards so
    // the steps still report in order.
    const pending = runIntervals();
    diagnosticsDone = await runDiagnostics();
    intervalsDone = await pending;
    onProgress?.(STEP_LABELS.diagnostics, 0, 1);
  } else {
    intervalsDone = await runIntervals();
    onProgress?.(STEP_LABELS.diagnostics, 0, 1);
    diagnosticsDone = await runDiagnostics();
  }
  const intervals: Intervals | null = record("intervals", intervalsDone);
  const diagnostics: FitDiagnostics | null = record("diagnostics", diagnosticsDone);
  onProgress?.(STEP_LABELS.diagnostics, 1, 1);
  let placebo: PlaceboResult | null = null;
  if (settings.placebo) {
    onProgress?.(STEP_LABELS.placebo, 0, 1);
    const check = steps.placebo ?? placeboCheck;
    placebo = await attempt("placebo", () =>
      check(dataset, result, { seed: settings.seed }, hooks.signal ? { signal: hooks.signal } : {})
    );
    onProgress?.(STEP_LABELS.placebo, 1, 1);
  }
  onProgress?.(STEP_LABELS.sensitivity, 0, 1);
  const sensitivity: Sensitivity | null = await attempt("sensitivity", () =>
    steps.sensitivity(result, intervals)
  );
  onProgress?.(STEP_LABELS.sensitivity, 1, 1);
  onProgress?.(STEP_LABELS.budget, 0, 1);
  const budget: BudgetPlan | null = await attempt("budget", () =>
    steps.budget(
      result.model,
      {
        ...(settings.budgetTotal === null ? {} : { total: settings.budgetTotal }),
        minShare: settings.budgetMinShare,
        maxShare: settings.budgetMaxShare,
        ...(checks.heldChannels.length > 0 ? { heldChannels: checks.heldChannels } : {}),
      },
      intervals?.replicateModels
    )
  );
  onProgress?.(STEP_LABELS.budget, 1, 1);
  const assess = steps.health;
  const health: HealthVerdict | null = assess
    ? await attempt("health", () =>
        assess({
          dataset,
          result,
          intervals,
          diagnostics,
          dataChecks,
          placebo:
            placebo === null
              ? null
              : {
                  channel: placebo.placeboChannel,
                  status: placebo.check.status,
                  estimate: placebo.total,
                  interval: placebo.totalInterval,
                  message: placebo.check.message,
                },
        })
      )
    : null;
  // The weekly noise a test is read against: the holdout's forecast error, else CV's.
  const residualSd = result.metrics.stage2.holdout?.rmse ?? result.metrics.stage2.cv.mean.rmse;
  const testPlan: LiftTestCandidate[] | null =
    intervals && residualSd > 0
      ? rankLiftTests(result.model, intervals, {
          change: DEFAULT_TEST_PLAN_CHANGE,
          weeks: DEFAULT_TEST_PLAN_WEEKS,
          residualSd,
        })
      : null;
  throwIfCancelled();
  const notes = skipped.map((s) => `${STEP_NOTES[s.step]}: ${s.reason}`);
  return {
    complete: true,
    dataChecks,
    result,
    intervals,
    diagnostics,
    placebo,
    testPlan,
    sensitivity,
    budget,
    health,
    heldChannels: checks.heldChannels,
    skipped,
    notes,
    warnings: [
      ...(options.inputWarnings ?? []),
      ...checks.warnings,
      ...result.warnings,
      ...(intervals?.warnings ?? []),
      ...(diagnostics?.warnings ?? []),
      ...(placebo && placebo.check.status !== "pass" ? [placebo.check.message] : []),
      ...(budget?.warnings ?? []),
      ...notes,
    ],
    settings,
  };
}

/**
 * The run as it stands right after the fit: data checks and the fit's result, every later step null and not
 * skipped (it is still to come), warnings as far as they are known.
 */
function provisionalRun(
  dataChecks: MmmRun["dataChecks"],
  result: MmmRun["result"],
  checks: ReturnType<typeof preflight>,
  skipped: readonly SkippedStep[],
  options: RunOptions,
  settings: RunSettings
): MmmRun {
  const notes = skipped.map((s) => `${STEP_NOTES[s.step]}: ${s.reason}`);
  return {
    complete: false,
    dataChecks,
    result,
    intervals: null,
    diagnostics: null,
    placebo: null,
    testPlan: null,
    sensitivity: null,
    budget: null,
    health: null,
    heldChannels: checks.heldChannels,
    skipped: [...skipped],
    notes,
    warnings: [...(options.inputWarnings ?? []), ...checks.warnings, ...result.warnings, ...notes],
    settings,
  };
}

/** What one step gave: its value, or null and the reason it failed. */
interface StepOutcome<T> {
  readonly value: T | null;
  readonly reason: string | null;
}

/** How a skipped step is announced, in the user's words. */
const STEP_NOTES: Readonly<Record<RunStep, string>> = {
  intervals: "Uncertainty intervals were skipped",
  diagnostics: "The fit diagnostics were skipped",
  placebo: "The placebo check was skipped",
  sensitivity: "The price and promotion scenarios were skipped",
  budget: "The budget plan was skipped",
  health: "The health verdict was skipped",
  dataChecks: "The checks of the data were skipped",
};
