/**
 * Defaults of time-series validation. Each value says where it comes from, so a reader can tell a convention from a
 * tuned number.
 */

import type { SplitScheme } from "./splitSchemes";

/**
 * Split scheme when none is given: expanding window, the scheme of scikit-learn's `TimeSeriesSplit` and of
 * Hyndman's "evaluation on a rolling forecasting origin"; it uses every past week, which matters with two years of data.
 */
export const DEFAULT_SPLIT_SCHEME: SplitScheme = "expanding";

/**
 * Number of cross-validation folds when none is given.
 * Same as scikit-learn's `TimeSeriesSplit(n_splits=5)`; with 104 weekly rows it leaves 17-week test blocks.
 */
export const DEFAULT_FOLDS = 5;

/**
 * Weeks dropped between the end of training and the start of testing when none is given.
 * 0 matches scikit-learn's `TimeSeriesSplit(gap=0)`; raise it when adstock carries spend over several weeks, so
 * carry-over from training weeks does not leak into the scored weeks.
 */
export const DEFAULT_GAP = 0;

/**
 * Smallest training set a fold may have when the caller sets no minimum: one week, as in scikit-learn, which only
 * refuses a split that would train on nothing.
 */
export const DEFAULT_MIN_TRAIN_SIZE = 1;

/** Share of the latest weeks kept back as the final holdout: the conventional 80/20 split. */
export const DEFAULT_HOLDOUT_SHARE = 0.2;

/**
 * Slack when turning `share × periods` into a whole number of weeks. Without it `0.7 × 10` is
 * 7.000000000000001 in floating point and rounds up to 8 weeks; 1e-9 weeks is far below one week and far above
 * the rounding error of any realistic share × periods product.
 */
export const HOLDOUT_ROUNDING_SLACK = 1e-9;
