/**
 * Named constants of analysis/: bootstrap, diagnostics, sensitivity and budget defaults. Each says why it has its
 * value.
 */

/**
 * Bootstrap replicates by default. 200 percentile replicates give 5th/95th percentiles with a Monte-Carlo error
 * of about ±1.5 percentile points, enough for a 90% interval, and fit the 15 s budget of a 104-week fit
 * (Efron & Tibshirani 1993, ch. 19: 200–1000 for percentile intervals; 200 is their lower end).
 */
export const DEFAULT_BOOTSTRAP_REPLICATES = 200;

/** Seed of the bootstrap when none is given: any fixed whole number makes runs repeatable. */
export const DEFAULT_BOOTSTRAP_SEED = 20240611;

/** Replicates per chunk between two yields: at about 30 ms a refit, a chunk of 10 shows progress every ~0.3 s. */
export const BOOTSTRAP_CHUNK_SIZE = 10;

/**
 * Share of the bootstrap refits that may fail (a refit that throws counts as NaN) before the intervals are
 * flagged as unreliable in the warnings. Beyond 10% the percentiles describe a selected subset of resamples.
 */
export const MAX_FAILED_REPLICATE_SHARE = 0.1;

/**
 * Relative improvement of the holdout residual RMSE by the random forest above which the non-linear check fails:
 * a forest that removes more than 10% of the holdout error has found structure the linear stage 2 missed; below
 * it, the gain is within what a forest fits to noise on ~20 holdout weeks.
 */
export const NONLINEAR_IMPROVEMENT_THRESHOLD = 0.1;

/** Trees of the non-linear check's random forest: 100 is sklearn's default and stable for ~100 rows. */
export const NONLINEAR_TREES = 100;

/** Seed of the non-linear check's random forest (ml-random-forest wants a 32-bit integer). */
export const NONLINEAR_SEED = 7;

/**
 * Most training weeks the non-linear forest learns from (the latest ones, nearest the holdout it is scored on).
 * ml-cart's split search grows faster than linearly in rows (at 520 weeks the forest took 2.6 s, most of the
 * diagnostics); three years is enough for a 100-tree forest on a handful of channels to find missed structure.
 */
export const NONLINEAR_MAX_TRAIN_WEEKS = 156;

/** Rolling window of the coefficient-stability check, in weeks: one year, so every window sees every season. */
export const STABILITY_WINDOW_WEEKS = 52;

/** Smallest window (weeks) for the stability check on short data: below it a stage cannot be refitted sensibly. */
export const MIN_STABILITY_WINDOW_WEEKS = 26;

/** Weeks between the starts of two stability windows: one month, as in diagnostics' DEFAULT_STABILITY_STEP. */
export const STABILITY_STEP_WEEKS = 4;

/**
 * Most rolling windows the stability check refits. Each refit costs time in proportion to the weeks, so a fixed step
 * made the check quadratic (4,000 weeks: ~1,000 refits, most of a 216 s run); beyond this many windows the step
 * widens instead. 24 windows at a 4-week step is what two and a half years of data get, which already shows drift.
 */
export const MAX_STABILITY_WINDOWS = 24;

/**
 * Coefficient of variation across rolling windows above which a media coefficient counts as unstable. A CV of 0.5
 * means the effect per unit moves by half its size from year to year: too much to read one number off the fit.
 */
export const STABILITY_MAX_VARIATION = 0.5;

/** Weeks the price/promotion scenario grid covers by default: the next month, repeating the last 4 weeks. */
export const DEFAULT_SCENARIO_WINDOW_WEEKS = 4;

/** Price changes of the scenario grid: −10% to +10% in 2.5% steps (fractions). */
export const DEFAULT_PRICE_STEPS: readonly number[] = [
  -0.1, -0.075, -0.05, -0.025, 0, 0.025, 0.05, 0.075, 0.1,
];

/**
 * Largest data size (weeks × searched channels, social plus mediator) at which the bootstrap's default ("auto")
 * re-tunes the hyperparameters in every replicate. Measured on 2 cores: a re-tuned replicate costs about 32 ms wall
 * (42 ms CPU) at 104 × 5 and 39 ms wall (50 ms CPU) at 208 × 5 (bench:speed), 117 ms wall at 260 × 9 and 264 ms
 * wall at 520 × 13 (10-replicate runs), so up to 1,600 the default 200 replicates stay under about 15 s; larger data
 * hold the hyperparameters fixed (about 67 ms wall, 90 ms CPU a replicate at 520 × 13) unless the caller asks for
 * "retuned".
 */
export const RETUNE_AUTO_MAX_CELLS = 1600;

/** Seed of the placebo check's choice of source channel and of its resampling: any fixed number makes it repeatable. */
export const DEFAULT_PLACEBO_SEED = 20240612;

/**
 * Moving-block bootstrap replicates of the placebo fit (hyperparameters held at the placebo fit's own search). 50
 * fixed refits (~10 ms each at 104 weeks) put the 5th/95th percentiles within a few percentile points, enough to
 * tell a placebo credited well away from zero from one near zero; the search itself is run once.
 */
export const DEFAULT_PLACEBO_REPLICATES = 50;

/**
 * Placebo ROAS, as a share of the real channels' median |ROAS|, above which a placebo whose interval excludes zero
 * needs a review. A shifted copy of spend has no causal link to this week's revenue, so any credit is what the
 * model gives to timing alone (seasonality, trend or collinearity the controls miss). Below a quarter of what a
 * typical real channel earns, that leak would rarely change a budget decision; above it the real channels' credit
 * may be inflated the same way.
 */
export const PLACEBO_REVIEW_ROAS_SHARE = 0.25;

/**
 * Offset of the seed of the lift-test draws from the bootstrap's seed: a stream of its own, so adding tests leaves
 * every resample as it was and a run without tests draws exactly as before. Any fixed nonzero number does.
 */
export const LIFT_DRAW_SEED_OFFSET = 7_919;

/**
 * Offset of the seed of the lift-test shape draws (`drawPlausibleShapes`) from the bootstrap's seed: a stream of its
 * own, so a run whose tests chose no shape draws exactly as before. Any fixed nonzero number apart from the others.
 */
export const SHAPE_DRAW_SEED_OFFSET = 104_729;

/**
 * The budget plan counts the google spend a social channel induces as a cost by default: in a two-stage model part of
 * a social channel's revenue arrives through extra mediator spend the business pays for, so maximising gross revenue
 * would favour channels whose revenue is bought with expensive google clicks (issue 16, net ROAS).
 */
export const DEFAULT_INDUCED_SPEND_AS_COST = true;
