/**
 * Thresholds of the data checks (before a fit) and weights of the health verdict (after it). Each says why it has
 * its value; every one can be overridden per call through the options' `thresholds`.
 */
import { DIAGNOSTIC_THRESHOLDS } from "../diagnostics/diagnosticThresholds";

/** |r| at which a pair of columns alone has variance inflation `vif` (VIF = 1 / (1 − r²)). */
const correlationAtVif = (vif: number): number => Math.sqrt(1 - 1 / vif);

/** Thresholds of {@link checkDataAdequacy}, one family in one frozen object so a caller can override any. */
export interface DataCheckThresholds {
  /** Weeks per model parameter below which the fit needs a review. */
  readonly weeksPerParameterReview: number;
  /** Weeks per model parameter below which the fit cannot be trusted. */
  readonly weeksPerParameterFail: number;
  /** Coefficient of variation (sd / mean) of a channel's spend below which its effect is hard to see. */
  readonly spendVariationReview: number;
  /** Coefficient of variation below which spend is practically constant. */
  readonly spendVariationFail: number;
  /** A week counts as "off" when spend is at or below this share of the channel's median nonzero week. */
  readonly lowSpendShare: number;
  /** A channel is "always on" when the share of its weeks that are off is below this. */
  readonly alwaysOnMaxOffShare: number;
  /** Share of zero-spend weeks above which a channel's effect rests on few weeks. */
  readonly zeroShareReview: number;
  /** Fewest weeks with spend for a channel's effect to be estimated at all. */
  readonly minActiveWeeks: number;
  /** |Pearson r| between two spend columns at which they are hard to tell apart. */
  readonly correlationReview: number;
  /** |Pearson r| at which they practically cannot be told apart. */
  readonly correlationFail: number;
  /** A week's outcome below this share of the median week counts as a collapse. */
  readonly collapseShareOfMedian: number;
  /** Weeks in the rolling windows compared either side of a candidate level break. */
  readonly breakWindowWeeks: number;
  /** Ratio of the median outcome after / before a week (or its inverse) that counts as a level break. */
  readonly breakRatio: number;
}

/** Default {@link DataCheckThresholds}. */
export const DATA_CHECK_THRESHOLDS: DataCheckThresholds = Object.freeze({
  /**
   * 2.5: CV's first fold trains on half of the 80% training weeks (0.4 n); below 2.5 weeks per parameter that fold
   * has fewer weeks than parameters and the search's early scores rest on the penalty alone. Not higher: 104 weeks of
   * the default set-up (2.8–2.9 weeks per parameter) meet the accuracy target (22.8% median ROAS error, ≤ 25%; README,
   * Benchmarks), and the earlier line of 5 (half of Robyn's 10 per variable) flagged 33 of 36 flighted easy data sets
   * of bench/health.ts, whose estimates are as good as the model gets at that length.
   */
  weeksPerParameterReview: 2.5,
  /**
   * 1.25: the 80% training window then has fewer weeks than the model has parameters, so the fit itself rests on
   * the penalty (40 weeks of the default set-up: 1.1).
   */
  weeksPerParameterFail: 1.25,
  /** 0.2: spend within about ±40% of its mean in 95% of weeks shows only a narrow slice of the response curve. */
  spendVariationReview: 0.2,
  /** 0.1: within ±20% of its mean, the channel's level is indistinguishable from the intercept. */
  spendVariationFail: 0.1,
  /** 0.1: a week at a tenth of the usual spend is, for the response curve, as good as a pause. */
  lowSpendShare: 0.1,
  /**
   * 0.05: with fewer than one week in twenty off (≤ 5 of 104), revenue at zero spend is never seen and the channel's
   * total effect is an extrapolation (the simulator's always-on facebook has 42% median ROAS error against 19% for
   * flighted channels; README, Benchmarks).
   */
  alwaysOnMaxOffShare: 0.05,
  /** 0.8: a channel off in four weeks of five is estimated from one week in five (about 21 of 104). */
  zeroShareReview: 0.8,
  /**
   * 10: the model spends up to four parameters on a channel (coefficient, decay, half-saturation, shape); ten active
   * weeks is the least that leaves a few weeks beyond them.
   */
  minActiveWeeks: 10,
  /** ≈ 0.894: the pair alone has VIF 5, the diagnostics' review limit (DIAGNOSTIC_THRESHOLDS.varianceInflation). */
  correlationReview: correlationAtVif(DIAGNOSTIC_THRESHOLDS.varianceInflation.review),
  /** ≈ 0.949: the pair alone has VIF 10, the diagnostics' fail limit. */
  correlationFail: correlationAtVif(DIAGNOSTIC_THRESHOLDS.varianceInflation.fail),
  /**
   * 0.01: a week at 1% of a typical week is no slow week but a stock-out, an outage or a recording gap (the
   * assessment data's eight weeks of revenue 1 against a median of about 970).
   */
  collapseShareOfMedian: 0.01,
  /** 13: a quarter either side, long enough that one odd week does not move a median. */
  breakWindowWeeks: 13,
  /**
   * 2: the median quarter doubling or halving from one week to the next is beyond ordinary seasonality (the
   * simulator's strongest season swings about ±25%), so it points to a change the model's trend cannot follow.
   */
  breakRatio: 2,
});

/** Thresholds and weights of {@link assessHealth}. */
export interface HealthThresholds {
  /** Holdout WAPE of the model / that of the naive seasonal forecast above which the fit needs a review. */
  readonly naiveRatioReview: number;
  /** Ratio above which the model forecasts no better than last year's revenue: fail. */
  readonly naiveRatioFail: number;
  /** Total ROAS above which a channel's return needs a review. */
  readonly roasReview: number;
  /** Total ROAS above which it is not believable. */
  readonly roasFail: number;
  /** Total ROAS of the mediator (search) above which its return needs a review. */
  readonly mediatorRoasReview: number;
  /** Total ROAS of the mediator above which it is not believable. */
  readonly mediatorRoasFail: number;
  /** Share of the summed media effect a channel needs before its interval or ranking matters for a decision. */
  readonly materialEffectShare: number;
  /** Width of a material channel's interval, as a multiple of |its estimate|, above which the effect needs review. */
  readonly intervalWidthRatio: number;
  /** Relative ROAS gap two channels need, in both variants, before their order swapping counts as a flip. */
  readonly rankFlipGap: number;
  /** Points at or above which the verdict is "review". */
  readonly reviewScore: number;
  /** Points of one kind at or above which the verdict is "fail" (a decisive kind failing). */
  readonly failScore: number;
  /** Points summed over kinds at or above which the verdict is "fail" (many problems at once). */
  readonly failTotalScore: number;
  /** Most findings reported as driving the verdict. */
  readonly maxDrivers: number;
}

/** Default {@link HealthThresholds}. */
export const HEALTH_THRESHOLDS: HealthThresholds = Object.freeze({
  /** 0.9: a model that beats "same week last year" by less than 10% out of sample adds little to it. */
  naiveRatioReview: 0.9,
  /** 1: worse than repeating last year's revenue, the drivers it found do not forecast. */
  naiveRatioFail: 1,
  /**
   * 10: about the 99th percentile of Meridian's default ROI prior (log-normal, μ 0.2, σ 0.9), the range a
   * reasonable media return is expected in.
   */
  roasReview: 10,
  /** 20: about the 99.9th percentile of that prior. */
  roasFail: 20,
  /**
   * 20: the mediator (search) is bought where demand already is, including the demand the social channels create,
   * and its total effect keeps that revenue, so its return runs far above a channel's that creates demand. On the
   * simulator the true mediator ROAS reaches 9.2–12 in easy set-ups (strong-google, no-mediation; bench/health.ts)
   * against at most 2.2 for a social channel, and the model's estimates were within 12% of it; the social limit of
   * 10 flagged those correct estimates. Twice the social limits.
   */
  mediatorRoasReview: 20,
  /** 40: twice the social fail limit, as for the review limit. */
  mediatorRoasFail: 40,
  /** 0.1: a channel with under a tenth of the media effect moves no budget decision, however wide its interval. */
  materialEffectShare: 0.1,
  /**
   * 1.5: a 90% interval 1.5 × the estimate wide (± 75%) cannot tell the effect from a quarter or from nearly twice
   * itself. Not 1 (± 50%): that is about what the product's accuracy at 104 weeks implies for any channel (median
   * ROAS error 22.8%, a relative standard error near 0.34, a 90% width near 1.1 × the estimate; README, Benchmarks).
   * At 1 the check fired on 10 of 60 easy data sets of bench/health.ts (5 seeds, 20 replicates), all with every
   * channel flighted, whose flagged channels were off by a median 18% (2–44%), within that accuracy; the README's
   * health section gives the measured widths by group at 1.5.
   */
  intervalWidthRatio: 1.5,
  /** 0.25: ROAS within a quarter of each other are a tie that noise can reorder. */
  rankFlipGap: 0.25,
  /** 1: one decisive check needing review, or two supporting ones (see HEALTH_WEIGHTS). */
  reviewScore: 1,
  /** 2: a decisive kind (weight 1) failing; a supporting kind cannot reach it alone. */
  failScore: 2,
  /**
   * 3: three decisive reviews, or two with supporting ones. Lower (2) made one always-on channel fail a fit: its
   * wide interval (a review) plus the data check saying why (supporting) are one problem seen twice.
   */
  failTotalScore: 3,
  /** 3: the few findings a reader can act on; the rest stay in `findings`. */
  maxDrivers: 3,
});

/** Kinds of finding the verdict weighs. */
export type HealthFindingKind =
  | "holdoutVsNaive"
  | "implausibleRoas"
  | "intervalWidth"
  | "variantFlip"
  | "stability"
  | "residuals"
  | "nonLinear"
  | "placebo"
  | "data";

/**
 * Weight of each kind in the verdict: a kind scores weight × 1 for "review" and weight × 2 for "fail" (its worst
 * finding counts, so four channels failing the same way count once). Decisive kinds weigh 1: they measure the
 * results directly. Supporting kinds weigh less: they say the results may be fragile, not that they are wrong.
 */
export const HEALTH_WEIGHTS: Readonly<Record<HealthFindingKind, number>> = Object.freeze({
  /** Out-of-sample evidence against a baseline anyone could compute: decisive. */
  holdoutVsNaive: 1,
  /** A return no business sees points at a mis-attributed baseline or a collinear pair: decisive. */
  implausibleRoas: 1,
  /** The data cannot tell the effect from zero or from twice itself: decisive for a material channel. */
  intervalWidth: 1,
  /** The answer depends on an arbitrary modelling choice (observed or predicted mediator): decisive. */
  variantFlip: 1,
  /** A placebo channel with an "effect" shows how large a spurious effect can be: decisive. */
  placebo: 1,
  /**
   * Media coefficients moving between one-year windows: nearly no weight, on evidence. On the simulator, whose true
   * effects are constant by construction, diagnoseFit's stability check was review or fail on 36 of 36 easy, 31 of
   * 36 easy with every channel flighted and 6 of 9 hard data sets (bench/health.ts, 3 seeds): it fires whatever the
   * data, so its likelihood ratio is about 1 and it measures the noise of one-year windows more than a change in the
   * effects. It stays in `findings` for the reader; 0.1 lets it tip only a score already close to a review.
   */
  stability: 0.1,
  /** Structure a random forest finds in the residuals: a missing driver or shape, supporting. */
  nonLinear: 0.5,
  /** Problems found in the data before the fit (always-on, collinear, too few weeks): supporting. */
  data: 0.5,
  /**
   * Residual tests (autocorrelation, normality, constant variance): nearly no weight, on the same evidence. They
   * were review or fail on 24 of 36 easy, 26 of 36 flighted easy and 7 of 9 hard data sets (bench/health.ts): on
   * the simulator they see the model forms' misfit, which is the same on every data set, not how far the results
   * can be trusted; and they bias the intervals more than the estimates. 0.1, like stability.
   */
  residuals: 0.1,
});
