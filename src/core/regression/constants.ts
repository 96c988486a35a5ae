/**
 * Defaults and thresholds of the regression solvers. Each value says where it comes from, so a reader can tell a
 * convention copied from a reference implementation from a number chosen here.
 */

/**
 * Stopping tolerance of elastic-net coordinate descent, scikit-learn's `tol` (default 1e-4). As in scikit-learn,
 * it is used twice: a sweep whose largest coefficient change is below `tolerance × largest |coefficient|` triggers a
 * duality-gap check, and the fit stops when that gap is below `tolerance × ‖y − ȳ‖²`.
 */
export const DEFAULT_ELASTIC_NET_TOLERANCE = 1e-4;

/**
 * Most coordinate-descent sweeps (one sweep updates every coefficient once). scikit-learn's ElasticNet defaults to
 * 1000; 10000 is cheap for the small designs of a weekly MMM (a sweep is O(n·p)) and leaves fewer fits unconverged.
 */
export const DEFAULT_MAX_ITERATIONS = 10000;

/** Mix of L1 and L2 penalties (ρ, scikit-learn's `l1_ratio`) when none is given: scikit-learn's default, 0.5. */
export const DEFAULT_L1_RATIO = 0.5;

/**
 * A column is aliased (a linear combination of the columns before it) when the part of it that the earlier columns
 * do not explain has a norm below this share of its own norm. 1e-7 is the `tol` of R's `lm.fit` (LINPACK dqrdc2),
 * so rank decisions agree with R.
 */
export const RANK_TOLERANCE = 1e-7;

/**
 * A ridge system with no penalty is called singular when its smallest Cholesky pivot squared is below this share of
 * its largest diagonal entry (a reciprocal condition number of the Gram matrix). 1e-12 leaves about four significant
 * digits in the solution in double precision (ε ≈ 2.2e-16); past that the coefficients are noise.
 */
export const SINGULAR_GRAM_TOLERANCE = 1e-12;

/**
 * Singular values at or below this share of the largest one are treated as zero by {@link ridgePath} when a penalty
 * is 0 (then the system is singular). Same reasoning and value as {@link SINGULAR_GRAM_TOLERANCE}, on the square root
 * scale: σ_min/σ_max = 1e-6 is a Gram condition number of 1e12.
 */
export const SINGULAR_VALUE_TOLERANCE = 1e-6;

/**
 * `standardize` leaves a column unscaled when its standard deviation is at most this multiple of machine epsilon
 * times max(1, |mean|): such a column is constant up to rounding, and dividing by its rounding noise would blow it up.
 * scikit-learn's StandardScaler uses the same 10·ε rule (`_handle_zeros_in_scale`).
 */
export const CONSTANT_COLUMN_EPSILONS = 10;

/**
 * Active-set solver: an inactive coefficient enters when its KKT violation exceeds this share of the largest |X'y|
 * (or the L1 weight): far below what moves a fit (coordinate descent stopped at 1e-7 changes), above rounding.
 */
export const ACTIVE_SET_KKT_TOLERANCE = 1e-9;

/** Active-set solver: a Cholesky pivot below this share of its diagonal counts as singular (then coordinate descent). */
export const ACTIVE_SET_PIVOT_TOLERANCE = 1e-10;

/** Active-set solver: linear solves allowed per fit as a multiple of the coefficients (then coordinate descent). */
export const ACTIVE_SET_SOLVES_PER_COEFFICIENT = 4;

/** `solveGram`'s coordinate descent (fallback of the active-set solver): sweeps at most (sklearn's max_iter is 1000; Gram sweeps are cheap). */
export const GRAM_SOLVER_MAX_ITERATIONS = 2000;

/** `solveGram`'s coordinate descent: stop when the largest coefficient change (standardised) is below this (sklearn tol scale). */
export const GRAM_SOLVER_TOLERANCE = 1e-7;
