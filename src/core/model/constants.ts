/**
 * Defaults, search grids and thresholds of the mediation-aware MMM. Each carries the reason for its value.
 */

/** Share of last weeks kept as the final holdout; the default (last 20%). */
export const DEFAULT_HOLDOUT_SHARE = 0.2;

/** Blocked CV folds within the training weeks: 4 test blocks of ~10 weeks at 83 training weeks; the fewest when automatic. */
export const DEFAULT_CV_FOLDS = 4;

/**
 * Automatic fold count: as many test blocks of at least a quarter (13 weeks) as the weeks after CV's first block hold,
 * never fewer than DEFAULT_CV_FOLDS. Four fixed folds left 26-week blocks at 260 weeks, so the search averaged only
 * four noisy scores where the data held eight quarters. Measured (bench:accuracy, 20 seeds): 260-week median ROAS error
 * 22.8% → 20.3% (five-years 17% → 12%, hard-mix 31% → 27%), 208 weeks 20%/29% → 18%/27%, s-curves (182) 19% → 22%,
 * 104–156 weeks unchanged (still 4 folds). Rounding instead of the floor also split 156 weeks into 5 folds and took
 * sparse-flighting from 20% to 30%: blocks shorter than a quarter can miss a flight entirely.
 */
export const CV_MIN_TEST_WEEKS = 13;

/**
 * Most automatic folds: 8, what 260 weeks give (the longest data the accuracy benchmark measures). Longer data get
 * longer blocks instead, which bounds the search's cost: 520 weeks × 12 channels took 1.40 s with 16 folds.
 */
export const MAX_AUTOMATIC_CV_FOLDS = 8;

/**
 * Share of the training weeks in CV's first, training-only block: folds that train on a few weeks with ~20
 * features overfit and would push the search to heavy penalties; half the weeks keep every fold's fit sensible.
 */
export const CV_FIRST_BLOCK_SHARE = 0.5;

/** Contiguous blocks of the cross-fitted mediator prediction: 5, as the usual K of double machine learning. */
export const DEFAULT_CROSS_FIT_BLOCKS = 5;

/** Fourier pairs of yearly seasonality: 2 pairs resolve a half-yearly swing without eating 104 weeks' degrees of freedom. */
export const DEFAULT_FOURIER_ORDER = 2;

/** Weeks per year (365.25 / 7), the seasonal period. */
export const DEFAULT_SEASON_PERIOD = 52.18;

/** Relative gap of the variants' total effects above which they are said to disagree (point estimates, no intervals yet). */
export const DEFAULT_VARIANT_DISAGREEMENT = 0.5;

/** Candidate geometric decays of the coarse grid (Jin et al. 2017 report weekly decays between 0 and ~0.8). */
export const DECAY_GRID: readonly number[] = [0, 0.25, 0.5, 0.75];

/** Step of the local refinement of decay around the coarse best. */
export const DECAY_REFINE_STEP = 0.1;

/** Largest decay tried: beyond 0.9 carry-over outlasts a 104-week series' identification. */
export const MAX_DECAY = 0.9;

/** Weeks of carry-over kept (maxLag): decay 0.9^13 ≈ 0.25 of a quarter; longer tails are not identified weekly. */
export const ADSTOCK_MAX_LAG = 13;

/** Hill half-saturations tried, as multiples of the channel's mean nonzero adstocked spend. */
export const HALF_SATURATION_GRID: readonly number[] = [0.5, 1, 2];

/** Hill shapes tried at the middle half-saturation (1 = concave; 2 = S-shaped). */
export const HILL_SHAPE_GRID: readonly number[] = [1, 2];

/** Factor of the local refinement of the half-saturation around the coarse best. */
export const HALF_SATURATION_REFINE_FACTOR = 1.5;

/** Channels at zero in at least this share of weeks get an on/off indicator candidate. */
export const ON_OFF_MIN_ZERO_SHARE = 0.2;

/** Penalties α tried on standardised features: small, so media are not shrunk to zero (the warning). */
export const ALPHA_GRID: readonly number[] = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];

/** Penalty used while the transforms are searched, before α is tuned on the chosen transforms. */
export const SEARCH_ALPHA = 0.01;

/** Mixing ratios ρ tried: ridge and an even elastic net. */
export const L1_RATIO_GRID: readonly number[] = [0, 0.5];

/**
 * Standard errors of the fold-wise score difference by which an elastic net (ρ > 0) must beat the best ridge
 * penalty to be chosen (the one-standard-error rule, with ridge as the simpler model). Why: the L1 part shrinks every
 * standardised coefficient by the same amount, which takes most from a channel whose level is large beside its
 * variation (always on): its total effect is level × coefficient, a bias CV's forecast error does not see. Measured
 * on the simulator (20 seeds, 780 data sets): 104-week median ROAS error 25.5% → 22.8% (facebook's total from a
 * median 0.61 to 0.81 of the truth), 260 weeks at 4% noise 13.8% → 13.2%; the real assessment data keeps its elastic
 * net (CV prefers it by more than one standard error) and its holdout R² 0.66. Ridge always (ρ not tuned) measured
 * 22.7% but took that holdout R² to 0.43.
 */
export const RIDGE_PREFERENCE_SE_FACTOR = 1;

/** Coordinate-wise passes over the channels (the second pass catches interplay between channels). */
export const SEARCH_PASSES = 2;

/**
 * Passes of a bootstrap replicate's re-tuning search, which starts from the full fit's choice (a warm start) rather
 * than from the default shapes: the second pass of the full search exists to catch interplay between channels that
 * the warm start already holds. Why: it halves the replicate's cost (measured in bench:speed) with the same interval
 * coverage on the accuracy benchmark (README, "Speed").
 */
export const RETUNE_PASSES = 1;

/** A feature whose sd in the fit weeks is below this share of its mean absolute value is treated as constant. */
export const CONSTANT_FEATURE_TOLERANCE = 1e-10;

/** Relative step of the price elasticity's central difference (±1%). */
export const ELASTICITY_STEP = 0.01;

/** Weeks of each input column stored in the model so adstock and lags carry over into scenarios. */
export const HISTORY_WEEKS = 26;

/** Outlier fences: Tukey's far-out fence (3 × IQR) and Iglewicz & Hoaglin's modified z of 3.5. */
export const OUTLIER_IQR_FACTOR = 3;
export const OUTLIER_ROBUST_Z = 3.5;
/** MAD → sd under normality (1 / Φ⁻¹(0.75)). */
export const MAD_TO_SD = 1.4826;

/** Schema tag of the fitted model's JSON form. */
export const MODEL_SCHEMA = "mmm-model/1";

/** Number of yields to the event loop while searching: progress reported and cancellation checked at each. */
export const PROGRESS_STEPS_PER_STAGE = 1;

/**
 * Price cut-off candidates: thresholds between the distinct prices of the highest 15% of training weeks (a cut-off
 * above which sales collapse affects few weeks; wider would let the step stand in for the price slope itself).
 */
export const PRICE_CUTOFF_TOP_SHARE = 0.15;

/** Fewest training weeks at or above a cut-off candidate: an indicator of one or two weeks only fits outliers. */
export const PRICE_CUTOFF_MIN_WEEKS = 3;

/**
 * Relative drop of the CV RMSE a cut-off must bring to be kept (25%). Measured: on smooth simulated price data
 * (simulateMmmData seeds 1, 2, 3, 11) the best spurious step lowered the log-scale CV RMSE by up to 11%; on the real
 * assessment data, where revenue is 1 in weeks priced at 110 or more, the step at 109.26 lowered it by 56%.
 */
export const PRICE_CUTOFF_MIN_GAIN = 0.25;

/**
 * Prior pull of the transform search: a channel's saturation (and on/off term) stays at the neutral shape (Hill
 * with half-saturation at the mean adstocked spend, shape 1, no on/off: LightweightMMM's prior means) unless CV
 * prefers another by more than this many standard errors of the fold-wise score difference. Measured on the
 * simulator's 104-week, 4%-noise scenarios (2 seeds each): factor 0 (pure CV) 30.2% median ROAS error, 2 → 29.4%,
 * 4 → 25.3%; share error 0.09 → 0.05.
 */
export const SHAPE_PRIOR_SE_FACTOR = 4;

/**
 * Weeks up to which the prior pull is full, and at which its linear taper would reach 0 (the pull stops at
 * `SHAPE_PRIOR_LONG_SE_FACTOR` before that).
 */
export const SHAPE_PRIOR_FULL_WEEKS = 104;
export const SHAPE_PRIOR_TAPER_END_WEEKS = 156;

/**
 * Least prior pull, reached at 143 weeks and kept on longer data: more weeks do not tell CV the shapes apart as
 * well as once thought. On the simulator's 104-week, 4%-noise scenarios run over 260 weeks (20 seeds, 220 data
 * sets) pure CV gave 17.4% median ROAS error against the oracle's 10.4%; this floor of 1 gives 13.8%. A stronger
 * long pull (2 or 4) gave 13.0–13.3% but doubled the error where carry-over is long (long-carryover, decays 0.6–0.8:
 * 29% → 55–59%); with the floor it stays at 29%.
 */
export const SHAPE_PRIOR_LONG_SE_FACTOR = 1;

/** Neutral decay of the prior pull (the search's starting decay) and the decay difference counted as one unit. */
export const SHAPE_PRIOR_DECAY = 0.25;
export const SHAPE_PRIOR_DECAY_SCALE = 0.25;

/** Most price cut-off candidates scored (evenly spread): 104 weeks give about 10; 520 weeks would give 60. */
export const PRICE_CUTOFF_MAX_CANDIDATES = 12;

/**
 * Milliseconds between yields to the event loop during a fit: a progress step yields only when the last yield is
 * this old (about one display frame, so cancel and progress stay prompt), since each yield costs a timer tick
 * (≥ 1 ms in Node, 4 ms for nested browser timers) — about 100 ticks per fit otherwise.
 */
export const PROGRESS_YIELD_MS = 16;

/**
 * Most rounds of a lift-test calibration (each refits stage 1, for a "total" test, then stage 2). With stage 2
 * alone the additive form is exact in one refit and the log link settled within 3; with both stages the rounds hand
 * the test's pull back and forth until it rests where each stage's data resist it least, which took up to 11 rounds
 * on the accuracy bench's tests (SE 20% of the lift) and 16 for a test at 5%: stopping at 6 left a precise test's
 * mediated ROAS three times the converged one.
 */
export const CALIBRATION_MAX_ITERATIONS = 30;

/**
 * Forward-difference step of the calibration's lift gradient, in units of the fitted scale per standard deviation
 * of the feature: small enough that the log link's curvature is negligible over it, large enough that revenue sums
 * of ~1e6 keep ~8 significant digits of the difference.
 */
export const CALIBRATION_STEP = 1e-4;

/** The calibration stops when no test's model lift moved by more than this many of its standard errors. */
export const CALIBRATION_TOLERANCE = 1e-3;

/**
 * Carry-overs a lift test's channel is refitted with when the tests take part in its shape (`liftTestShapes`): the
 * search's grid and 0.85, since the simulator's long carry-overs (0.7–0.8) sit between its top two points.
 */
export const LIFT_TEST_DECAY_GRID: readonly number[] = [0, 0.25, 0.5, 0.75, 0.85];

/**
 * Factors on the search's half-saturation (the logistic's steepness is divided by them) a lift test's channel is
 * refitted with: diminishing returns that set in at half, the same and twice the chosen spend.
 */
export const LIFT_TEST_SATURATION_FACTORS: readonly number[] = [0.5, 1, 2];

/**
 * A shape takes part in the lift-test shape choice when its calibrated fit's squared error on the training weeks is
 * within this share of the best shape's: shapes the data reject do not vote. On the simulator (71 data sets) 0.2 and
 * no limit at all gave the same median error, 0.05–0.1 a little more (10.0%).
 */
export const LIFT_TEST_SHAPE_SSE_TOLERANCE = 0.2;

/**
 * A lift test re-chooses its channel's shape only when its standard error is at most this share of its measured
 * lift (the lift told from 0 at about 2 SE): the choice takes the median ROAS over the shapes the data accept, which
 * differs from the search's pick even without a test, so a test too vague to tell its lift from nothing must leave
 * the shapes as the search chose them.
 */
export const LIFT_TEST_SHAPE_MAX_RELATIVE_SE = 0.5;
