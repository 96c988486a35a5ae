/**
 * Defaults of the residual diagnostics. Thresholds that decide pass/review/fail live in
 * `DIAGNOSTIC_THRESHOLDS` (diagnosticThresholds.ts) so callers can override them as one config.
 */

/**
 * Lags (weeks) at which Ljung–Box is reported by `residualDiagnostics`: about one month and two months of weekly
 * data, short enough to keep power with 2 years of weeks (Ljung & Box 1978 suggest lags well below n).
 */
export const DEFAULT_LJUNG_BOX_LAGS: readonly number[] = Object.freeze([4, 8]);

/** Smallest sample Shapiro–Wilk accepts: the test needs 3 points (Royston 1995, AS R94 IFAULT 1). */
export const SHAPIRO_WILK_MIN_SIZE = 3;

/**
 * Largest sample Shapiro–Wilk accepts: Royston's (1995) p-value approximation is validated up to n = 5000
 * (AS R94 IFAULT 2; scipy warns past it).
 */
export const SHAPIRO_WILK_MAX_SIZE = 5000;

/**
 * Relative size below which a column's spread counts as zero (a constant column, e.g. an explicit intercept):
 * sd ≤ this × (1 + |mean|). 1e-12 sits far above double rounding (~1e-16) and far below any real spend variation.
 */
export const CONSTANT_COLUMN_TOLERANCE = 1e-12;

/**
 * Default step (weeks) between rolling windows in `coefficientStability`: about a month, so a 2-year series gives
 * a few dozen windows without refitting every week.
 */
export const DEFAULT_STABILITY_STEP = 4;
