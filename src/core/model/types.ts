/**
 * Types of the mediation-aware MMM: fit options, the result of `fitMmm`, and the fitted model's plain-JSON form.
 * Shapes are written as `[periods]` (one value per week, oldest first) or `[channels]`.
 */
import type { ColumnName, ColumnRoles, Dataset, Series } from "../types";

import type { AdstockSpec } from "../transforms/adstock/adstockSpec";
import type { SaturationSpec } from "../transforms/saturation/saturationSpec";
import type { ForecastScore } from "../validation/metrics/scoreForecast";
import type { LiftTest } from "../experiments/types";

export type { AdstockSpec, ForecastScore, SaturationSpec };

/** Additive: revenue ~ features. Multiplicative: log1p(revenue) ~ features, price entering as log(price). */
export type ModelForm = "additive" | "multiplicative";

/** Which Google (mediator) series enters stage 2: the observed one, or stage 1's cross-fitted prediction. */
export type MediatorVariant = "observed" | "predicted";

/**
 * The two stages' one name each: `mediator` = stage 1 (google ~ social + controls), `outcome` = stage 2
 * (revenue ~ mediator + social + controls). Code says mediator/outcome; `MmmResult.metrics` and `series` and
 * results.json keep the published keys `stage1` (= mediator) and `stage2` (= outcome).
 */
export type StageName = "mediator" | "outcome";

/** A user-named interaction term: the product of two columns' model features (e.g. promotions × tiktok_spend). */
export interface InteractionOption {
  readonly left: ColumnName;
  readonly right: ColumnName;
}

/** Outlier screening of the outcome and mediator (off by default). */
export interface OutlierOptions {
  /** `iqr`: outside [Q1 − 3·IQR, Q3 + 3·IQR]; `robustZ`: |x − median| / (1.4826·MAD) above 3.5. */
  readonly method: "iqr" | "robustZ";
  /** Cap flagged values at the fence before fitting (default false: only warn). */
  readonly cap?: boolean;
}

/** Options of `fitMmm`; every field optional, defaults in model/constants.ts. */
export interface FitOptions {
  /** Model form; "auto" (default) picks the better CV score of both. */
  readonly form?: ModelForm | "auto";
  /** Direct social → revenue paths in stage 2 (default true). False: social acts only through the mediator. */
  readonly directPaths?: boolean;
  /** Media coefficients ≥ 0 (default true). Price, promotions and other controls are always free. */
  readonly nonNegativeMedia?: boolean;
  /** Share of last weeks kept out of every choice and scored once at the end (default 0.2). */
  readonly holdoutShare?: number;
  /**
   * Number of blocked time-series CV folds within the training weeks. Default (or null): automatic, 4 up to about
   * three years of data and more beyond, so each test block spans at least a quarter (CV_MIN_TEST_WEEKS).
   */
  readonly cvFolds?: number | null;
  /** Contiguous blocks of weeks for the cross-fitted (out-of-fold) mediator prediction (default 5). */
  readonly crossFitBlocks?: number;
  /** Control column treated as price (elasticity; log in the multiplicative form). Default: first control matching /price/i. */
  readonly priceColumn?: ColumnName | null;
  /** Control column treated as promotion flag (promo lift). Default: first control matching /promo/i. */
  readonly promotionColumn?: ColumnName | null;
  /** Interaction terms (default none). Each is added to every stage containing both columns. */
  readonly interactions?: readonly InteractionOption[];
  /** Outlier screening (default null = off). */
  readonly outliers?: OutlierOptions | null;
  /** Extra lagged copies of controls, in weeks, e.g. `{ emails_send: 1 }` (default none). */
  readonly controlLags?: Readonly<Record<ColumnName, number>>;
  /** Fourier pairs of yearly seasonality (default 2; 0 = none). */
  readonly fourierOrder?: number;
  /** Seasonal period in weeks (default 52.18). */
  readonly seasonPeriod?: number;
  /**
   * Price cut-off indicator in the outcome stage (1 in weeks whose price is at or above a threshold), for data where
   * sales collapse above some price, which a log-price term cannot bend to: "auto" (default) lets CV choose the
   * threshold among the highest training prices, or none; "never" leaves it out.
   */
  readonly priceCutoff?: "auto" | "never";
  /** On/off indicator beside a channel's level: "auto" (CV decides for channels often off; default), "never". */
  readonly onOff?: "auto" | "never";
  /** Relative gap between the two variants' total effects above which a warning is written (default 0.5). */
  readonly variantDisagreement?: number;
  /** Coefficients of the reported model: refit on all weeks (default "all") or keep the training-only fit. */
  readonly finalFit?: "all" | "train";
  /**
   * Reference value of controls in the weekly contributions, in the column's units, e.g. `{ average_price: 99 }`:
   * a control's contribution is then what it adds over that value. Controls not named are measured against their
   * mean over the fitted weeks (default `{}`); media are always measured against zero spend.
   */
  readonly contributionBase?: Readonly<Record<ColumnName, number>>;
  /** When the fit was made (ISO text), passed in by the caller and stored in the model; core never reads the clock. */
  readonly fitTime?: string;
  /**
   * Measured lift tests (validated with `validateLiftTests`) to calibrate the model with: each adds
   * (model lift − measured)²/SE² next to each stage's squared residuals/σ², through stage 2 and, for a "total" test,
   * the channel's stage-1 coefficients (see `MmmResult.calibration`). Default none: the fit is then exactly the
   * plain one.
   */
  readonly liftTests?: readonly LiftTest[];
  /**
   * Let lift tests re-choose each tested channel's stage-2 shape (carry-over and saturation): every shape of a small
   * grid is calibrated to the tests, and of those the data accept (squared error within 20% of the best) the one with
   * the median total ROAS is kept (`calibratedShapeChoice`). Default true; false keeps the search's shapes. A test
   * whose SE exceeds half its lift re-chooses nothing. On the simulator (71 data sets, one 8-week test read out over
   * 8 more weeks, SE 10%) the tested channel's median ROAS error is 12.8% with the search's shapes and 8.9% with
   * this choice.
   */
  readonly liftTestShapes?: boolean;
}

/** One lift test's measured lift and the model's, before and after calibration (revenue units over its weeks). */
export interface LiftTestCalibration {
  readonly test: LiftTest;
  /** Measured incremental revenue over the test weeks (a ROAS test times the channel's spend in them). */
  readonly measured: number;
  /** Its standard error, revenue units. */
  readonly standardError: number;
  /** The model's lift without calibration. */
  readonly before: number;
  /** The model's lift of the reported (calibrated) fit. */
  readonly after: number;
  /** Channel spend over the test weeks. */
  readonly spend: number;
}

/** How lift tests calibrated the fit. */
export interface CalibrationReport {
  readonly tests: readonly LiftTestCalibration[];
  /** Gauss–Newton refits of stage 2 used (1–2 in the additive form). */
  readonly iterations: number;
  /** What was done, in words. */
  readonly method: string;
  /**
   * Tested channels whose stage-2 carry-over the tests changed in the fit's search (absent in a bootstrap refit,
   * which keeps the fit's shapes).
   */
  readonly shapesChanged?: readonly string[];
  /**
   * Per tested channel whose shape the tests chose, every shape the data accepted in that choice (the voters of the
   * median-ROAS choice): each re-tuned bootstrap replicate draws one, so the channel's interval carries the
   * ambiguity the choice resolved for the point estimate. Absent in a bootstrap refit.
   */
  readonly plausibleShapes?: Readonly<Record<ColumnName, readonly ChannelShape[]>>;
}

/** Progress and cancellation hooks of `fitMmm`. */
export interface FitHooks {
  /** Called between search steps: stage is a short label ("mediator search", "outcome search", "effects"…). */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
  /** Set `aborted` to true to stop at the next step; the fit then throws CancelledError. */
  readonly signal?: { readonly aborted: boolean };
}

/** A channel's carry-over and saturation: the part of its hyperparameters a lift test's shape choice varies. */
export type ChannelShape = Pick<ChannelHyperparameters, "adstock" | "saturation">;

/** Tuned transform of one channel in one stage. */
export interface ChannelHyperparameters {
  readonly channel: ColumnName;
  readonly adstock: AdstockSpec;
  readonly saturation: SaturationSpec;
  /** Whether an on/off indicator (1 in weeks with spend) sits beside the level. */
  readonly onOff: boolean;
}

/** Tuned settings of one stage. */
export interface StageHyperparameters {
  readonly stage: StageName;
  readonly channels: readonly ChannelHyperparameters[];
  /**
   * Two-part ("hurdle") form for an often-zero target (the mediator): fitted on weeks where the target is above 0
   * only, and its predictions apply in those weeks (a week with no spend stays at no spend). CV chooses it.
   */
  readonly activeWeeksOnly: boolean;
  /** Elastic-net penalty α (sklearn's alpha, on standardised features). */
  readonly alpha: number;
  /** Elastic-net mixing ρ (sklearn's l1_ratio): 0 = ridge, 1 = lasso. */
  readonly l1Ratio: number;
  /** Mean CV score (RMSE on the stage's fitted scale) at the chosen settings. */
  readonly cvScore: number;
  /**
   * Outcome stage: price at or above which an extra "price cut-off" indicator enters (chosen by CV when
   * `FitOptions.priceCutoff` is "auto"), or null/absent for none.
   */
  readonly priceCutoff?: number | null;
}

/** Everything tuned, so a refit needs no search (bootstrap). */
export interface Hyperparameters {
  readonly form: ModelForm;
  /** Null when there is no mediator. */
  readonly mediator: StageHyperparameters | null;
  readonly outcome: StageHyperparameters;
}

/** How a fit's hyperparameters were searched (reported beside them in every output). */
export interface SearchSummary {
  /** Blocked CV folds of the training weeks (both stages use the same). */
  readonly cvFolds: number;
  /** Standard errors by which a transform had to beat the neutral shape (the k-SE rule's k at the data's length). */
  readonly shapePriorStandardErrors: number;
}

/** Mean of each metric over the CV folds, plus each fold's score. */
export interface CvScores {
  readonly mean: ForecastScore;
  readonly folds: readonly ForecastScore[];
}

/** Scores of one stage. Holdout is null when there are no holdout weeks. */
export interface StageMetrics {
  readonly train: ForecastScore;
  readonly cv: CvScores;
  readonly holdout: ForecastScore | null;
}

/** Causal effect of one social channel (sums over all weeks, in revenue units). */
export interface ChannelEffect {
  readonly channel: ColumnName;
  readonly spend: number;
  readonly total: number;
  readonly direct: number;
  readonly indirect: number;
  /** indirect / total; null when total is 0. */
  readonly shareMediated: number | null;
  /** total / spend; null when there is no spend. */
  readonly roas: number | null;
  /** indirect / spend; null when there is no spend. */
  readonly roasMediated: number | null;
  /**
   * Extra mediator (Google) spend the channel induced: Σ over weeks of the mediator fed to stage 2 minus its
   * counterfactual with the channel at 0 (stage 1's predicted change, floored so spend stays ≥ 0). Spend units;
   * 0 for a single-stage model.
   */
  readonly inducedMediatorSpend: number;
  /**
   * (total − inducedMediatorSpend) / spend: revenue per unit of the channel's spend after paying for the Google
   * spend it brought about (part of its mediated revenue was bought with that spend); null when there is no spend.
   */
  readonly netRoas: number | null;
}

/** Effect of the mediator's own spend (google_spend): revenue lost if it were zero. */
export interface MediatorEffect {
  readonly channel: ColumnName;
  readonly spend: number;
  readonly total: number;
  readonly roas: number | null;
}

/** All causal effects under one mediator variant. */
export interface Effects {
  readonly variant: MediatorVariant;
  readonly channels: readonly ChannelEffect[];
  /** Null for a single-stage model. */
  readonly mediator: MediatorEffect | null;
}

/** One coefficient row. `value` multiplies the feature as built (`featureScale` = its sd in the fit weeks). */
export interface CoefficientRow {
  readonly stage: StageName;
  readonly feature: string;
  /** Source column, or null for intercept / trend / seasonality. */
  readonly column: ColumnName | null;
  /** On the feature's built scale (what prediction multiplies). */
  readonly value: number;
  /** value × sd(feature): comparable across features. */
  readonly standardized: number;
}

/** Actual and fitted values of one stage, week by week. */
export interface FittedSeries {
  readonly stage: StageName;
  readonly actual: Float64Array;
  /** Fitted by the reported model (in-sample everywhere when finalFit is "all"). */
  readonly fitted: Float64Array;
  /** Fitted by the training-only model: out of sample in the holdout weeks. */
  readonly forecast: Float64Array;
  readonly isHoldout: readonly boolean[];
}

/** How a driver's reference was chosen: its mean over the fitted weeks, a value the user gave, or zero spend. */
export type ContributionReferenceKind = "mean" | "user" | "zero";

/** The level a driver's contribution is measured against (what "no contribution" means for it). */
export interface ContributionReference {
  /** A control or media column, or "trend" / "seasonality". */
  readonly driver: string;
  readonly kind: ContributionReferenceKind;
  /**
   * Controls and media: the column's value, in its own units (0 for media). Trend and seasonality: the mean of the
   * term over the fitted weeks on the model's linear scale (revenue, or log1p revenue in the multiplicative form).
   */
  readonly value: number;
}

/**
 * Weekly contributions of the outcome (observed variant), each driver measured against its reference: every week,
 * base + trend + seasonality + Σ controls + Σ direct + Σ indirect + mediator = fitted, exactly.
 */
export interface Contributions {
  /** Fitted outcome with every driver at its reference (intercept included): `[periods]`, the same every week. */
  readonly base: Float64Array;
  /** Trend against its mean over the fitted weeks: `[periods]` (zeros without a trend term). */
  readonly trend: Float64Array;
  /** Seasonality against its mean over the fitted weeks: `[periods]` (zeros without seasonality). */
  readonly seasonality: Float64Array;
  /** Per control column, against its reference value: `[periods]` (its lags and price cut-off included). */
  readonly controls: Readonly<Record<ColumnName, Float64Array>>;
  /** Per social channel, the part through its direct path, against zero spend: `[periods]`. */
  readonly direct: Readonly<Record<ColumnName, Float64Array>>;
  /** Per social channel, the part through the mediator, against zero spend: `[periods]`. */
  readonly indirect: Readonly<Record<ColumnName, Float64Array>>;
  /** The mediator's own part (what social channels do not explain), against zero spend: `[periods]`; zeros for single stage. */
  readonly mediator: Float64Array;
  /** Sum of all parts = fitted outcome: `[periods]`. */
  readonly fitted: Float64Array;
  /** Every driver's reference, in the order trend, seasonality, controls, social channels, mediator. */
  readonly references: readonly ContributionReference[];
  /** How the parts were attributed (additive or multiplicative form), in words. */
  readonly attribution: string;
}

/** One stage of a fitted model as plain JSON. */
export interface FittedStage {
  readonly stage: StageName;
  /** Column predicted by the stage. */
  readonly target: ColumnName;
  /** How the target is transformed before the linear fit. */
  readonly targetTransform: "identity" | "log1p";
  /** Predictions floored at 0 (the mediator stage: spend is never negative). */
  readonly floorAtZero: boolean;
  /** Fitted on weeks with target > 0; predictions are 0 in weeks whose target column is 0 (when it is given). */
  readonly activeWeeksOnly: boolean;
  readonly features: readonly FeatureSpec[];
  readonly intercept: number;
  /** One per feature, on the feature's built scale: `[features]`. */
  readonly coefficients: readonly number[];
  /** Standard deviation of each feature over the fit weeks: `[features]` (0 = constant). */
  readonly featureScales: readonly number[];
}

/** How one model feature is built from the weekly columns (plain JSON). */
export type FeatureSpec =
  | {
      readonly kind: "media";
      readonly name: string;
      readonly column: ColumnName;
      readonly adstock: AdstockSpec;
      readonly saturation: SaturationSpec;
      /** Divisor applied after adstock when saturation is "none" (mean of nonzero spend), so values are O(1). */
      readonly scale: number;
    }
  | { readonly kind: "onOff"; readonly name: string; readonly column: ColumnName }
  | {
      readonly kind: "control";
      readonly name: string;
      readonly column: ColumnName;
      /** "atLeast": 1 in weeks where the column is at or above `threshold`, else 0 (a price cut-off). */
      readonly transform: "identity" | "log" | "atLeast";
      /** Weeks of lag (0 = same week). */
      readonly lag: number;
      /** Cut-off of the "atLeast" transform, in the column's units (absent otherwise). */
      readonly threshold?: number;
    }
  | { readonly kind: "trend"; readonly name: string; readonly periods: number }
  | {
      readonly kind: "fourier";
      readonly name: string;
      readonly harmonic: number;
      readonly fn: "sin" | "cos";
      readonly period: number;
    }
  | {
      readonly kind: "interaction";
      readonly name: string;
      readonly left: string;
      readonly right: string;
    };

/** The fitted model as data: schema "mmm-model/1". */
export interface FittedModel {
  readonly schema: "mmm-model/1";
  readonly form: ModelForm;
  readonly variant: MediatorVariant;
  readonly roles: ColumnRoles;
  readonly hyperparameters: Hyperparameters;
  /** Null for a single-stage model. */
  readonly mediatorStage: FittedStage | null;
  readonly outcomeStage: FittedStage;
  readonly data: { readonly start: string; readonly end: string; readonly weeks: number };
  /** Last observed value of every control: held in scenarios that leave it out. */
  readonly lastControls: Readonly<Record<ColumnName, number>>;
  /** Last weeks of every input column (media and controls), oldest first, so adstock and lags carry over. */
  readonly history: Readonly<Record<ColumnName, readonly number[]>>;
  /** ISO time passed in by the caller, or null. */
  readonly fitTime: string | null;
}

/** Future weeks to predict: columns missing are held at their last observed value (controls) or 0 (media). */
export interface Scenario {
  readonly columns: Readonly<Record<ColumnName, ArrayLike<number>>>;
  readonly periods: number;
}

/** Options of `predictModel`. */
export interface PredictOptions {
  /** "stored" (default): the scenario follows the model's last observed week, adstock carrying over from its
   * stored history; "none": the scenario's first week is the data's first week (no carry-over, trend from 0). */
  readonly history?: "stored" | "none";
}

/** Predicted series of a scenario, each `[periods]`. */
export interface Prediction {
  readonly revenue: Float64Array;
  /** Predicted mediator (zeros for single stage). */
  readonly mediator: Float64Array;
  /** Intercept, trend, seasonality and controls. */
  readonly baseline: Float64Array;
  /** Sum over social channels of their direct terms. */
  readonly direct: Float64Array;
  /** The mediator's whole term (social-driven and its own); baseline + direct + mediated = revenue. */
  readonly mediated: Float64Array;
}

/** Price elasticity (% change of predicted revenue per 1% change in price), null without a price column. */
export interface Elasticity {
  readonly column: ColumnName | null;
  readonly value: number | null;
}

/** Promotion lift, null without a promotion column. */
export interface PromoLift {
  readonly column: ColumnName | null;
  /** Mean over weeks of ŷ(promo = 1) / ŷ(promo = 0) − 1. */
  readonly value: number | null;
  /** Mean over weeks of ŷ(promo = 1) − ŷ(promo = 0), revenue units. */
  readonly revenuePerPromoWeek: number | null;
}

/**
 * Both mediator variants' models with the columns each was fitted on: what `src/core/attribution` reads to derive
 * effects and contributions.
 */
export interface FittedVariants {
  /** The observed variant: the reported model. */
  readonly observed: FittedModel;
  /** The predicted-mediator variant; null for a single-stage model. */
  readonly predicted: FittedModel | null;
  /** The model's input columns after outlier handling: `[periods]` each. */
  readonly columns: Readonly<Record<ColumnName, Series>>;
  /** The predicted variant's columns (the mediator holds its cross-fitted prediction); null with no predicted variant. */
  readonly predictedColumns: Readonly<Record<ColumnName, Series>> | null;
}

/** The result of `fitModel`: the searched and fitted model with its metrics, before any effect is derived. */
export interface ModelFit {
  readonly data: MmmResult["data"];
  readonly roles: ColumnRoles;
  readonly form: ModelForm;
  readonly formScores: MmmResult["formScores"];
  readonly metrics: MmmResult["metrics"];
  readonly hyperparameters: Hyperparameters;
  readonly search: SearchSummary;
  readonly coefficients: readonly CoefficientRow[];
  readonly series: MmmResult["series"];
  /** Plain-words warnings of the data and the options (outliers, identification, options on). */
  readonly warnings: readonly string[];
  readonly options: ResolvedFitOptions;
  readonly variants: FittedVariants;
  /** The training weeks when the reported model was fitted on them only (its "mean" references average them); null when fitted on all weeks. */
  readonly referenceWeeks: readonly number[] | null;
  /** Lift-test calibration (measured vs model lift before and after), when tests were given. */
  readonly calibration?: CalibrationReport;
}

/** The result of `refitModel`: both variants refitted with fixed hyperparameters, and the options as resolved. */
export interface ModelRefit {
  readonly variants: FittedVariants;
  readonly options: ResolvedFitOptions;
  /** Lift-test calibration of the refit, when tests were given. */
  readonly calibration?: CalibrationReport;
}

/** The result of `fitMmm`: what results.json serialises, plus the fitted model and a cheap refit. */
export interface MmmResult {
  readonly data: {
    readonly weeks: number;
    readonly start: string;
    readonly end: string;
    /** First holdout week (ISO), or null without holdout. */
    readonly holdoutStart: string | null;
    readonly trainWeeks: number;
  };
  readonly roles: ColumnRoles;
  readonly form: ModelForm;
  /** Mean CV WAPE of revenue (Σ|error| / Σ|actual|, revenue scale) of each form, the lower chosen; a form not tried is null. */
  readonly formScores: { readonly additive: number | null; readonly multiplicative: number | null };
  readonly metrics: { readonly stage1: StageMetrics | null; readonly stage2: StageMetrics };
  /** Effects of the observed variant. */
  readonly effects: Effects;
  readonly variants: {
    readonly observed: { readonly effects: Effects };
    /** Null for a single-stage model. */
    readonly predicted: { readonly effects: Effects; readonly model: FittedModel } | null;
  };
  readonly elasticity: Elasticity;
  readonly promoLift: PromoLift;
  readonly hyperparameters: Hyperparameters;
  /** How the hyperparameters were searched: CV folds of the training weeks and the shape prior's pull. */
  readonly search: SearchSummary;
  readonly coefficients: readonly CoefficientRow[];
  readonly series: { readonly stage1: FittedSeries | null; readonly stage2: FittedSeries };
  readonly contributions: Contributions;
  /** Plain-words warnings: identification, outliers, variants disagreeing, options on. */
  readonly warnings: readonly string[];
  /** Options as resolved (defaults filled in). */
  readonly options: ResolvedFitOptions;
  /** The reported model (observed variant). */
  readonly model: FittedModel;
  /** Present only when lift tests were given (`FitOptions.liftTests`). */
  readonly calibration?: CalibrationReport;
}

/** FitOptions with every default filled in. */
export type ResolvedFitOptions = Required<
  Omit<
    FitOptions,
    | "fitTime"
    | "priceColumn"
    | "promotionColumn"
    | "outliers"
    | "cvFolds"
    | "liftTests"
    | "liftTestShapes"
  >
> & {
  /** Null: automatic (`automaticFoldCount`). */
  readonly cvFolds: number | null;
  readonly fitTime: string | null;
  readonly priceColumn: ColumnName | null;
  readonly promotionColumn: ColumnName | null;
  readonly outliers: OutlierOptions | null;
};

/** What a refit with fixed hyperparameters returns (the bootstrap's unit of work). */
export interface FixedFit {
  readonly model: FittedModel;
  readonly effects: Effects;
  /** Null for a single-stage model. */
  readonly predictedEffects: Effects | null;
  readonly elasticity: Elasticity;
  readonly promoLift: PromoLift;
  /** Present only when lift tests were given. */
  readonly calibration?: CalibrationReport;
}

/** Signature of `fitWithFixedHyperparameters`, for helpers that take it as a parameter. */
export type FixedFitFunction = (
  dataset: Dataset,
  hyperparameters: Hyperparameters,
  options?: FitOptions,
  rowIndices?: ArrayLike<number>
) => FixedFit;
