/**
 * Result types of analysis/: bootstrap intervals, fit diagnostics, price/promotion sensitivity and the budget plan.
 * Every interval is an object `{ lower, upper }` (never a tuple); shapes are `[periods]` or `[channels]`.
 */
import type { DiagnosticCheck } from "../diagnostics/checkStatus";
import type { CoefficientStability } from "../diagnostics/coefficientStability";
import type { VarianceInflation } from "../diagnostics/varianceInflation";
import type {
  FittedModel,
  FixedFit,
  ForecastScore,
  MediatorVariant,
  MmmResult,
  StageName,
} from "../model/types";
import type { Dataset } from "../types";
import type { ResponsePoint } from "../optimizer/responseCurve";
import type { SpendResponseWindow } from "../scenario/types";

/** A two-sided interval (percentile bootstrap unless said otherwise). */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/** Intervals of one social channel's effects; null where the point estimate is undefined (no spend, no total). */
export interface ChannelIntervals {
  readonly channel: string;
  readonly total: Interval;
  readonly direct: Interval;
  readonly indirect: Interval;
  readonly roas: Interval | null;
  readonly shareMediated: Interval | null;
  /** Interval of the Google spend the channel induced (spend units). */
  readonly inducedMediatorSpend: Interval;
  /** Interval of (total − induced mediator spend) / spend; null without spend. */
  readonly netRoas: Interval | null;
}

/** Intervals of the mediator's own effect (google). */
export interface MediatorIntervals {
  readonly channel: string;
  readonly total: Interval;
  readonly roas: Interval | null;
}

/** Intervals of every effect under one mediator variant. */
export interface VariantIntervals {
  readonly variant: MediatorVariant;
  readonly channels: readonly ChannelIntervals[];
  /** Null for a single-stage model. */
  readonly mediator: MediatorIntervals | null;
}

/** Prediction band of weekly revenue: refit uncertainty plus resampled residual noise. */
export interface PredictionBand {
  readonly weeks: readonly string[];
  readonly actual: Float64Array;
  /** Fitted revenue of the reported model: `[periods]`. */
  readonly fitted: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** Share of weeks whose actual revenue lies inside the band (a calibration check). */
  readonly coverage: number;
}

/** Options of `bootstrapIntervals`. */
export interface BootstrapOptions {
  /** Replicates. @defaultValue 200 (DEFAULT_BOOTSTRAP_REPLICATES) */
  readonly replicates?: number;
  /** Seed of the resampling. @defaultValue 20240611 (DEFAULT_BOOTSTRAP_SEED) */
  readonly seed?: number;
  /** Coverage of every interval, in (0, 1). @defaultValue 0.9 */
  readonly level?: number;
  /** Weeks per resampled block. @defaultValue defaultBlockLength(weeks) */
  readonly blockLength?: number;
  /**
   * Hyperparameters in each replicate: "retuned" re-runs the fit's CV search of adstock, saturation, on/off terms and
   * penalty on the resample (intervals include the uncertainty of the shapes); "fixed" keeps the fit's (faster, too
   * narrow where the data cannot pin the shapes down); "auto" retunes up to RETUNE_AUTO_MAX_CELLS weeks × channels.
   * @defaultValue "auto"
   */
  readonly tuning?: BootstrapTuning;
  /** Where the replicates run. @defaultValue this thread, in chunks that yield to the event loop */
  readonly executor?: ReplicateExecutor;
}

/**
 * Everything one bootstrap replicate depends on besides its index: plain data, so it can be posted to a worker
 * (every worker computes replicate i exactly as the main thread would).
 */
export interface ReplicateJob {
  readonly dataset: Dataset;
  readonly result: MmmResult;
  readonly seed: number;
  readonly blockLength: number;
  readonly tuning: Exclude<BootstrapTuning, "auto">;
}

/** What one replicate keeps: its refit and a noisy revenue path for the prediction band. */
export interface Replicate {
  readonly fit: FixedFit;
  readonly path: Float64Array;
}

/**
 * Runs replicates 0 … replicates − 1 of a job and returns them in index order (null for a failed refit). The
 * default runs them in this thread in chunks (`runReplicates`); a pool of workers can run them in parallel — each
 * replicate only depends on (job, index), so the results are the same for any number of workers.
 */
export type ReplicateExecutor = (
  job: ReplicateJob,
  replicates: number,
  hooks: {
    readonly onProgress?: (done: number, total: number) => void;
    readonly signal?: { readonly aborted: boolean };
  }
) => Promise<readonly (Replicate | null)[]>;

/** How the bootstrap treats the tuned hyperparameters (see `BootstrapOptions.tuning`). */
export type BootstrapTuning = "auto" | "retuned" | "fixed";

/** Progress and cancellation of `bootstrapIntervals`. */
export interface BootstrapHooks {
  /** Called after each chunk: stage is "bootstrap", done rises to total. */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
  /** Set `aborted` to stop at the next chunk; the run then throws CancelledError. */
  readonly signal?: { readonly aborted: boolean };
}

/** Bootstrap intervals of a fit. */
export interface Intervals {
  readonly level: number;
  readonly replicates: number;
  /** Replicates whose refit failed (left out of every interval). */
  readonly failed: number;
  readonly blockLength: number;
  readonly seed: number;
  /** Whether each replicate re-tuned the hyperparameters or held the fit's fixed. */
  readonly tuning: Exclude<BootstrapTuning, "auto">;
  /** How the intervals were made, in words (hyperparameters re-tuned or held fixed, …). */
  readonly method: string;
  readonly observed: VariantIntervals;
  /** Null for a single-stage model. */
  readonly predicted: VariantIntervals | null;
  /** Price elasticity interval, null without a price column. */
  readonly elasticity: Interval | null;
  readonly promoLift: {
    readonly value: Interval | null;
    readonly revenuePerPromoWeek: Interval | null;
  };
  readonly predictionBand: PredictionBand;
  /** Plain-words warnings (variants disagreeing beyond their intervals, failed refits). */
  readonly warnings: readonly string[];
  /** The observed-variant model of every successful replicate (for the budget plan's interval). */
  readonly replicateModels: readonly FittedModel[];
}

/** Fit scores of one stage: train, CV mean ± sd, holdout. */
export interface StageScores {
  readonly train: ForecastScore;
  readonly cvMean: ForecastScore;
  /** Standard deviation across CV folds of each metric (n − 1 denominator; NaN with one fold). */
  readonly cvSd: Readonly<Record<"r2" | "rmse" | "mae" | "mape" | "nrmse", number>>;
  readonly holdout: ForecastScore | null;
}

/** Result of the random-forest check for structure the linear stage 2 missed. */
export interface NonLinearCheck {
  /** Holdout RMSE of stage 2's residuals (on its fitted scale). */
  readonly baselineRmse: number;
  /** Holdout RMSE after subtracting the forest's prediction of the residuals. */
  readonly forestRmse: number;
  /** 1 − forestRmse / baselineRmse: positive when the forest helps. */
  readonly improvement: number;
  readonly threshold: number;
  readonly features: readonly string[];
  readonly check: DiagnosticCheck;
}

/** Diagnostics of one stage. */
export interface StageDiagnostics {
  readonly stage: StageName;
  readonly scores: StageScores;
  readonly residualChecks: readonly DiagnosticCheck[];
  readonly vif: readonly VarianceInflation[];
  readonly stability: CoefficientStability | null;
  readonly stabilityChecks: readonly DiagnosticCheck[];
}

/** Result of `diagnoseFit`. */
export interface FitDiagnostics {
  readonly stages: readonly StageDiagnostics[];
  /** Null without holdout weeks. */
  readonly nonLinear: NonLinearCheck | null;
  /** One plain-language line per failed check (and per "review" of the stability and non-linear checks). */
  readonly warnings: readonly string[];
}

/** One cell of the price/promotion grid. */
export interface PriceScenario {
  /** Price change as a fraction (−0.1 = 10% cheaper). */
  readonly priceChange: number;
  /** Promotions in every window week ("on"), none ("off"). */
  readonly promotions: "on" | "off";
  /** Predicted revenue over the window. */
  readonly revenue: number;
  /** revenue − baseline revenue. */
  readonly change: number;
  /** change / baseline revenue. */
  readonly changeShare: number;
}

/** Result of `priceScenarioGrid`. */
export interface PriceScenarioGrid {
  readonly windowWeeks: number;
  readonly priceColumn: string | null;
  readonly promotionColumn: string | null;
  /** Predicted revenue over the window with the last weeks' prices and promotions repeated. */
  readonly baselineRevenue: number;
  readonly scenarios: readonly PriceScenario[];
}

/** Price and promotion sensitivity with bootstrap intervals. */
export interface Sensitivity {
  readonly elasticity: {
    readonly column: string | null;
    readonly value: number | null;
    readonly interval: Interval | null;
  };
  readonly promoLift: {
    readonly column: string | null;
    readonly value: number | null;
    readonly interval: Interval | null;
    readonly revenuePerPromoWeek: number | null;
    readonly revenuePerPromoWeekInterval: Interval | null;
  };
  readonly grid: PriceScenarioGrid;
}

/** One budget line of the plan (a social channel; every media channel of a single-stage model). */
export interface BudgetLine {
  readonly channel: string;
  readonly current: number;
  readonly recommended: number;
  readonly min: number;
  readonly max: number;
  /**
   * Weekly incremental revenue (the channel's gross response: direct and mediated paths) at current / recommended
   * spend, before the google spend it induces.
   */
  readonly currentRevenue: number;
  readonly recommendedRevenue: number;
  /**
   * Weekly mediator (google) spend the channel induces at current / recommended spend: stage 1's predicted mediator
   * with the channel at that spend minus at 0, others at current (same window). 0 in a single-stage model.
   */
  readonly currentInducedSpend: number;
  readonly recommendedInducedSpend: number;
  /** Weekly incremental revenue net of induced google spend (revenue − induced spend) at current / recommended. */
  readonly currentNetRevenue: number;
  readonly recommendedNetRevenue: number;
  /**
   * Return of the next unit of spend at the recommended spend on the curve the plan maximised: net of induced google
   * spend when `BudgetPlan.inducedSpendAsCost`, gross revenue otherwise.
   */
  readonly marginalRoas: number;
  readonly bound: "min" | "max" | "fixed" | null;
  /**
   * Gross response curve for charts (revenue before induced google spend, as MMM.RESPONSE): weekly spend 0 … 2× the
   * largest stored week (current spend is `current`).
   */
  readonly curve: readonly ResponsePoint[];
}

/** The mediator's predicted weekly spend under the current and the recommended split (information, not allocated). */
export interface BudgetMediatorLine {
  readonly channel: string;
  readonly current: number;
  readonly recommended: number;
}

/** Result of `planBudget` (weekly amounts). */
export interface BudgetPlan {
  readonly channels: readonly BudgetLine[];
  /**
   * True when the plan maximised the lines' revenue net of the google spend they induce (a two-stage model, the
   * default); false for a single-stage model (nothing is induced) or when turned off (gross revenue maximised).
   */
  readonly inducedSpendAsCost: boolean;
  /** The mediator's predicted spend under both splits; null for a single-stage model. */
  readonly mediator: BudgetMediatorLine | null;
  /** Σ of the lines' spend. */
  readonly totalCurrent: number;
  readonly totalRecommended: number;
  /** Σ of the lines' weekly incremental (gross) revenue (current / recommended). */
  readonly incrementalCurrent: number;
  readonly incrementalRecommended: number;
  /** Σ of the lines' induced google spend (current / recommended); 0 for a single-stage model. */
  readonly inducedCurrent: number;
  readonly inducedRecommended: number;
  /** Σ of the lines' net revenue = incremental − induced (current / recommended). */
  readonly netIncrementalCurrent: number;
  readonly netIncrementalRecommended: number;
  /** Predicted weekly revenue, baseline included, under the current and the recommended split. */
  readonly revenueCurrent: number;
  readonly revenueRecommended: number;
  /** revenueRecommended − revenueCurrent: the gross revenue change. */
  readonly expectedChange: number;
  /** 90% interval of the weekly change over the bootstrap replicates' models; null without them. */
  readonly expectedChangeInterval: Interval | null;
  /**
   * expectedChange − (mediator.recommended − mediator.current): the weekly revenue change net of the change in
   * induced google spend; equal to expectedChange for a single-stage model.
   */
  readonly expectedNetChange: number;
  /** 90% interval of the net change over the replicates' models (each re-predicts both parts); null without them. */
  readonly expectedNetChangeInterval: Interval | null;
  /** Marginal ROAS the unbounded channels share, on the maximised curve (net when `inducedSpendAsCost`). */
  readonly marginalRoasTarget: number;
  /** What "current spend" and "revenue" mean here, with a one-sentence statement. */
  readonly window: SpendResponseWindow;
  readonly converged: boolean;
  readonly warnings: readonly string[];
}

/** Options of `placeboCheck`. */
export interface PlaceboOptions {
  /** Seed of the source channel's choice and of the resampling. @defaultValue DEFAULT_PLACEBO_SEED */
  readonly seed?: number;
  /** Bootstrap replicates of the placebo fit, 2 or more. @defaultValue DEFAULT_PLACEBO_REPLICATES */
  readonly replicates?: number;
  /** Interval coverage in (0, 1). @defaultValue 0.9 */
  readonly level?: number;
  /** Placebo ROAS share of the real channels' median |ROAS| that needs review. @defaultValue PLACEBO_REVIEW_ROAS_SHARE */
  readonly reviewRoasShare?: number;
}

/** What the model credits to a fake social channel: a real channel's spend shifted circularly by half the data. */
export interface PlaceboResult {
  /** The real social channel whose spend was copied (chosen with the seed). */
  readonly sourceChannel: string;
  /** Name of the fake column added to the data. */
  readonly placeboChannel: string;
  /** Weeks the copy was shifted by (circularly): ⌊weeks / 2⌋. */
  readonly shiftWeeks: number;
  /** Total revenue effect (both paths) the refit gives the placebo, revenue units over all weeks. */
  readonly total: number;
  /** total / spend; null without spend. */
  readonly roas: number | null;
  readonly totalInterval: Interval;
  readonly roasInterval: Interval | null;
  /** Median |ROAS| of the real social channels in the same refit (the yardstick of `check`). */
  readonly realMedianRoas: number | null;
  readonly level: number;
  readonly replicates: number;
  readonly failed: number;
  /** "review" when the placebo is credited well away from zero. */
  readonly check: DiagnosticCheck;
  /** How the placebo was fitted and resampled, in words. */
  readonly method: string;
}
