/** Larger values are worse (e.g. VIF): pass ≤ review < review-status ≤ fail < fail-status. */
export interface MaximumThreshold {
  readonly kind: "maximum";
  /** Values above this need a review. */
  readonly review: number;
  /** Values above this fail. Must be ≥ review. */
  readonly fail: number;
}

/** Smaller values are worse (p-values): pass ≥ review > review-status ≥ fail > fail-status. */
export interface MinimumThreshold {
  readonly kind: "minimum";
  /** Values below this need a review. */
  readonly review: number;
  /** Values below this fail. Must be ≤ review. */
  readonly fail: number;
}

/** Values should sit in a band (Durbin–Watson around 2): pass inside [passLower, passUpper], fail outside [reviewLower, reviewUpper]. */
export interface BandThreshold {
  readonly kind: "band";
  readonly passLower: number;
  readonly passUpper: number;
  /** Must be ≤ passLower. */
  readonly reviewLower: number;
  /** Must be ≥ passUpper. */
  readonly reviewUpper: number;
}

/** Any threshold `checkStatus` understands. */
export type DiagnosticThreshold = MaximumThreshold | MinimumThreshold | BandThreshold;

/** The thresholds of every residual check, one per check family. */
export interface DiagnosticThresholds {
  readonly durbinWatson: BandThreshold;
  readonly ljungBox: MinimumThreshold;
  readonly jarqueBera: MinimumThreshold;
  readonly shapiroWilk: MinimumThreshold;
  readonly breuschPagan: MinimumThreshold;
  readonly varianceInflation: MaximumThreshold;
}

/**
 * Default pass/review/fail thresholds of `residualDiagnostics`. Frozen; override any entry through
 * `residualDiagnostics(..., { thresholds: { varianceInflation: { kind: "maximum", review: 4, fail: 8 } } })`.
 *
 * @example
 * DIAGNOSTIC_THRESHOLDS.varianceInflation.fail; // => 10
 */
export const DIAGNOSTIC_THRESHOLDS: DiagnosticThresholds = Object.freeze({
  /**
   * Durbin–Watson statistic: 1.5–2.5 is the usual "no worrying autocorrelation" band, and values below 1 or above
   * 3 are the usual cause for concern (Field, Discovering Statistics, 2009, §7.7.2.4). d ≈ 2(1 − ρ₁), so 1.5 means a
   * lag-1 correlation of about 0.25 and 1.0 about 0.5.
   */
  durbinWatson: Object.freeze({
    kind: "band",
    passLower: 1.5,
    passUpper: 2.5,
    reviewLower: 1,
    reviewUpper: 3,
  } as const),
  /** Ljung–Box p-value: the conventional 5% level for a review and 1% for a fail (Ljung & Box 1978). */
  ljungBox: Object.freeze({ kind: "minimum", review: 0.05, fail: 0.01 } as const),
  /**
   * Jarque–Bera p-value: review at 5%; fail only at 0.1%, because with ~100 weeks the coefficient estimates are
   * robust to mild non-normality (central limit theorem) and only strong evidence (outlier weeks) should block.
   */
  jarqueBera: Object.freeze({ kind: "minimum", review: 0.05, fail: 0.001 } as const),
  /** Shapiro–Wilk p-value: same levels and reasoning as Jarque–Bera (Royston 1995 for the test). */
  shapiroWilk: Object.freeze({ kind: "minimum", review: 0.05, fail: 0.001 } as const),
  /** Breusch–Pagan p-value: the conventional 5% level for a review and 1% for a fail (Breusch & Pagan 1979). */
  breuschPagan: Object.freeze({ kind: "minimum", review: 0.05, fail: 0.01 } as const),
  /**
   * Variance inflation factor: above 5 deserves a look and above 10 is "serious multicollinearity"
   * (Kutner et al. 2004, Applied Linear Statistical Models §10.5; James et al. 2013, ISLR §3.3.3).
   */
  varianceInflation: Object.freeze({ kind: "maximum", review: 5, fail: 10 } as const),
});
