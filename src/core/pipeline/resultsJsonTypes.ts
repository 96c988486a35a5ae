/**
 * The shape of results.json (schema "mmm-result/1"): what the runner writes and what anyone reading the file can
 * rely on. snake_case keys, fractions not percent, intervals as `[lower, upper]` (null where undefined), no NaN
 * (written as null). Sections of analysis steps the run skipped are absent.
 */
import type { FitOptions, Hyperparameters, MmmResult } from "../model/types";

/** `[lower, upper]`, or null when the interval is undefined (no spend, no total). */
export type IntervalJson = readonly [number, number] | null;

/** Forecast scores of one split. */
export interface ScoreJson {
  readonly r2: number;
  readonly rmse: number;
  readonly mae: number;
  readonly mape: number;
  readonly mape_skipped: number;
  readonly smape: number;
  readonly nrmse: number;
  readonly wape: number;
  readonly n: number;
}

/** Scores of one stage: train, CV (mean, with each fold), holdout. */
export interface StageMetricsJson {
  readonly train: ScoreJson;
  readonly cv: ScoreJson & { readonly folds: readonly ScoreJson[] };
  readonly holdout: ScoreJson | null;
}

/** One social channel's effects (sums over the weeks), with 90% intervals when the bootstrap ran. */
export interface ChannelEffectJson {
  readonly spend: number;
  readonly total: number;
  readonly direct: number;
  readonly indirect: number;
  readonly share_mediated: number | null;
  readonly roas: number | null;
  readonly roas_mediated: number | null;
  /** Google spend the channel induced (stage 1's predicted change when the channel is at 0), spend units. */
  readonly induced_mediator_spend: number;
  /** (total − induced_mediator_spend) / spend: ROAS after paying for the Google spend it brought about. */
  readonly net_roas: number | null;
  readonly ci90?: {
    readonly total: IntervalJson;
    readonly direct: IntervalJson;
    readonly indirect: IntervalJson;
    readonly roas: IntervalJson;
    readonly share_mediated: IntervalJson;
    readonly induced_mediator_spend: IntervalJson;
    readonly net_roas: IntervalJson;
  };
}

/** The mediator's own effect. */
export interface MediatorEffectJson {
  readonly spend: number;
  readonly total: number;
  readonly roas: number | null;
  readonly ci90?: { readonly total: IntervalJson; readonly roas: IntervalJson };
}

/** Effects keyed by column name. */
export type EffectsJson = Readonly<Record<string, ChannelEffectJson | MediatorEffectJson>>;

/** How the intervals were made. */
export interface UncertaintyJson {
  readonly method: string;
  readonly tuning: "retuned" | "fixed";
  readonly level: number;
  readonly replicates: number;
  readonly failed: number;
  readonly block_length: number;
  readonly seed: number;
}

/** Weekly prediction band of revenue. */
export interface PredictionBandJson {
  readonly level: number;
  readonly weeks: readonly string[];
  readonly actual: readonly number[];
  readonly fitted: readonly number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  readonly coverage: number;
}

/** One pass/review/fail check. */
export interface CheckJson {
  readonly id: string;
  readonly label: string;
  readonly status: string;
  readonly statistic: number | null;
  readonly p_value: number | null;
  readonly message: string;
}

/** Diagnostics of one stage. */
export interface StageDiagnosticsJson {
  readonly scores: {
    readonly train: ShortScoreJson | null;
    readonly cv: {
      readonly mean: ShortScoreJson | null;
      readonly sd: Readonly<Record<string, number>>;
    };
    readonly holdout: ShortScoreJson | null;
  };
  readonly residual_checks: readonly CheckJson[];
  readonly vif: readonly { readonly name: string; readonly vif: number }[];
  readonly stability: {
    readonly windows: readonly {
      readonly start: number;
      readonly end: number;
      readonly r2: number;
      readonly coefficients: Readonly<Record<string, number>>;
    }[];
    readonly coefficients: readonly {
      readonly name: string;
      readonly mean: number;
      readonly sd: number;
      readonly min: number;
      readonly max: number;
      readonly sign_changes: number;
    }[];
    readonly checks: readonly CheckJson[];
  } | null;
}

/** The diagnostics' short score form. */
export interface ShortScoreJson {
  readonly r2: number;
  readonly rmse: number;
  readonly mae: number;
  readonly mape: number;
  readonly nrmse: number;
  readonly n: number;
}

/** Fit diagnostics. */
export interface DiagnosticsJson {
  readonly stage1?: StageDiagnosticsJson;
  readonly stage2?: StageDiagnosticsJson;
  readonly non_linear: {
    readonly baseline_rmse: number;
    readonly forest_rmse: number;
    readonly improvement: number;
    readonly threshold: number;
    readonly features: readonly string[];
    readonly check: CheckJson;
  } | null;
  readonly warnings: readonly string[];
}

/** Price and promotion sensitivity. */
export interface SensitivityJson {
  readonly elasticity: { readonly value: number | null; readonly ci90: IntervalJson };
  readonly promo_lift: {
    readonly value: number | null;
    readonly ci90: IntervalJson;
    readonly revenue_per_promo_week: number | null;
    readonly revenue_per_promo_week_ci90: IntervalJson;
  };
  readonly grid: {
    readonly window_weeks: number;
    readonly price_column: string | null;
    readonly promotion_column: string | null;
    readonly baseline_revenue: number;
    readonly scenarios: readonly {
      readonly price_change: number;
      readonly promotions: "on" | "off";
      readonly revenue: number;
      readonly change: number;
      readonly change_share: number;
    }[];
  };
}

/** One line of the budget plan. */
export interface BudgetLineJson {
  readonly channel: string;
  readonly current: number;
  readonly recommended: number;
  readonly min: number;
  readonly max: number;
  /** Weekly incremental (gross) revenue at current / recommended spend. */
  readonly current_revenue: number;
  readonly recommended_revenue: number;
  /** Weekly google (mediator) spend the channel induces at current / recommended spend; 0 in a single-stage model. */
  readonly current_induced_spend: number;
  readonly recommended_induced_spend: number;
  /** Weekly revenue net of induced google spend at current / recommended spend. */
  readonly current_net_revenue: number;
  readonly recommended_net_revenue: number;
  /** Marginal ROAS on the maximised curve: net of induced google spend when `induced_spend_as_cost`. */
  readonly marginal_roas: number;
  readonly bound: "min" | "max" | "fixed" | null;
  /** Gross response curve (revenue before induced google spend, as MMM.RESPONSE). */
  readonly curve: readonly {
    readonly spend: number;
    readonly revenue: number;
    readonly marginal_roas: number;
  }[];
}

/** Weekly spend and revenue of one side of the plan. */
export interface BudgetSideJson {
  readonly spend: Readonly<Record<string, number>>;
  readonly total: number;
  /** Sum of the lines' weekly incremental revenue. */
  readonly incremental_revenue: number;
  /** Sum of the lines' induced google spend. */
  readonly induced_spend: number;
  /** incremental_revenue − induced_spend: the lines' revenue net of induced google spend. */
  readonly net_incremental_revenue: number;
  /** Predicted weekly revenue, baseline included. */
  readonly predicted_revenue: number;
}

/** The budget plan (weekly amounts) and the one spend-response window it uses. */
export interface BudgetJson {
  readonly window: {
    readonly current_spend_weeks: number;
    readonly horizon_weeks: number;
    readonly mediator: string | null;
    readonly mediator_treatment: "follows" | "none";
    readonly statement: string;
  };
  /** True when the plan maximised revenue net of induced google spend (two-stage models, by default). */
  readonly induced_spend_as_cost: boolean;
  readonly current: BudgetSideJson;
  readonly recommended: BudgetSideJson;
  /** The mediator's predicted weekly spend at the current and recommended split (it follows; not allocated). */
  readonly mediator: {
    readonly channel: string;
    readonly current: number;
    readonly recommended: number;
  } | null;
  /** Predicted weekly (gross) revenue change, recommended − current. */
  readonly expected_change: { readonly value: number; readonly ci90: IntervalJson };
  /** expected_change minus the mediator's predicted spend change: net of induced google spend. */
  readonly expected_net_change: { readonly value: number; readonly ci90: IntervalJson };
  readonly marginal_roas_target: number;
  readonly converged: boolean;
  readonly channels: readonly BudgetLineJson[];
  readonly warnings: readonly string[];
}

/** One pass/review/fail line about the data, made before the fit. */
export interface DataCheckJson {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly title: string;
  readonly finding: string;
  readonly recommendation: string;
  readonly columns: readonly string[];
  readonly weeks: readonly string[];
  readonly value: number | null;
}

/** One finding behind the health verdict. */
export interface HealthFindingJson {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly title: string;
  readonly finding: string;
  readonly recommendation: string;
  readonly columns: readonly string[];
  readonly weeks: readonly string[];
  readonly points: number;
}

/** The one health verdict. */
export interface HealthJson {
  readonly status: string;
  readonly score: number;
  readonly summary: string;
  readonly drivers: readonly HealthFindingJson[];
  readonly findings: readonly HealthFindingJson[];
  readonly holdout_vs_naive: {
    readonly holdout_weeks: number;
    readonly model_wape: number;
    readonly naive_wape: number;
    readonly ratio: number;
    readonly seasonal_weeks: number;
  } | null;
}

/** The placebo check: what the model credits to a shifted copy of a channel's spend. */
export interface PlaceboJson {
  readonly source_channel: string;
  readonly placebo_channel: string;
  readonly shift_weeks: number;
  readonly total: number;
  readonly roas: number | null;
  readonly ci90: { readonly total: IntervalJson; readonly roas: IntervalJson };
  /** Median |ROAS| of the real channels in the placebo refit (the yardstick of the check). */
  readonly real_median_roas: number | null;
  readonly level: number;
  readonly replicates: number;
  readonly failed: number;
  readonly check: CheckJson;
  readonly method: string;
}

/** Lift-test calibration: per test, the measured lift and the model's before and after (revenue over its weeks). */
export interface CalibrationJson {
  readonly method: string;
  readonly iterations: number;
  /** Tested channels whose stage-2 carry-over the tests changed. */
  readonly shapes_changed: readonly string[];
  readonly tests: readonly {
    readonly channel: string;
    readonly start_week: string;
    readonly end_week: string;
    /** Last week the measured lift counts (the test's read-out), or null when it is end_week. */
    readonly readout_end_week: string | null;
    readonly path: "total" | "direct";
    readonly spend: number;
    readonly measured_lift: number;
    readonly standard_error: number;
    readonly model_lift_before: number;
    readonly model_lift_after: number;
  }[];
}

/** One row of the test-plan table: a planned lift test of a channel, best first. */
export interface TestPlanJson {
  readonly channel: string;
  readonly change: number;
  readonly weeks: number;
  readonly weekly_spend: number;
  readonly expected_lift: number;
  readonly standard_error: number;
  readonly relative_se: number | null;
  readonly weeks_needed: number | null;
  readonly roas_interval_width: number | null;
  readonly revenue_at_stake: number | null;
}

/** A step the run skipped, and why. */
export interface SkippedStepJson {
  readonly step: string;
  readonly reason: string;
}

/** results.json. */
export interface ResultsJson {
  readonly schema: "mmm-result/1";
  readonly data: {
    readonly weeks: number;
    readonly start: string;
    readonly end: string;
    readonly holdout_start: string | null;
    readonly train_weeks: number;
  };
  readonly roles: MmmResult["roles"];
  readonly form: MmmResult["form"];
  readonly form_scores: MmmResult["formScores"];
  readonly metrics: {
    readonly stage1: StageMetricsJson | null;
    readonly stage2: StageMetricsJson | null;
  };
  readonly effects: EffectsJson;
  readonly elasticity: {
    readonly column: string | null;
    readonly value: number | null;
    readonly ci90?: IntervalJson;
  };
  readonly promo_lift: {
    readonly column: string | null;
    readonly value: number | null;
    readonly revenue_per_promo_week: number | null;
    readonly ci90?: IntervalJson;
    readonly revenue_per_promo_week_ci90?: IntervalJson;
  };
  readonly mediator_variant: MmmResult["effects"]["variant"];
  readonly variants: { readonly predicted?: { readonly effects: EffectsJson } };
  readonly hyperparameters: Hyperparameters;
  readonly search: { readonly cv_folds: number; readonly shape_prior_standard_errors: number };
  readonly coefficients: MmmResult["coefficients"];
  readonly options: FitOptions | MmmResult["options"];
  /** Present only when the fit was given lift tests. */
  readonly calibration?: CalibrationJson;
  /** Every plain-language warning of the run (input, fit, bootstrap, diagnostics, budget, skipped steps). */
  readonly warnings: readonly string[];
  readonly skipped: readonly SkippedStepJson[];
  readonly seed: number;
  /** The checks of the data made before the fit. */
  readonly data_checks: readonly DataCheckJson[];
  /** Channels held at current spend in the budget plan (no spend in any training week). */
  readonly held_channels: readonly string[];
  /** The one health verdict; absent when that step was skipped. */
  readonly health?: HealthJson;
  readonly uncertainty?: UncertaintyJson;
  readonly prediction_band?: PredictionBandJson;
  readonly diagnostics?: DiagnosticsJson;
  /** Present only when the run was asked for the placebo check and it succeeded. */
  readonly placebo?: PlaceboJson;
  /** Present when the run has intervals: which channel's lift test would narrow the budget decision most. */
  readonly test_plan?: readonly TestPlanJson[];
  readonly sensitivity?: SensitivityJson;
  readonly budget?: BudgetJson;
}
