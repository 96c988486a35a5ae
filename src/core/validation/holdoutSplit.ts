import { InvalidParameterError } from "../errors";
import { DEFAULT_HOLDOUT_SHARE, HOLDOUT_ROUNDING_SLACK } from "./constants";
import { requireWholeNumber } from "./_internal/requireWholeNumber";

/** Options of `holdoutSplit`. */
export interface HoldoutSplitOptions {
  /** Share of the weeks kept back, strictly between 0 and 1. @defaultValue 0.2 (`DEFAULT_HOLDOUT_SHARE`) */
  readonly share?: number | undefined;
}

/** A final holdout: the model is fitted on `train` and judged once on the later `holdout` weeks. */
export interface HoldoutSplit {
  /** The earliest weeks, 0-based and contiguous: `[0, periods − holdout size)`. */
  readonly train: readonly number[];
  /** The latest weeks, 0-based and contiguous, ending at the last week. */
  readonly holdout: readonly number[];
}

/**
 * Keeps the last `share` of the weeks back as a final holdout, never shuffled.
 *
 * The holdout has `ceil(share × periods)` weeks, as scikit-learn's `train_test_split(test_size=share,
 * shuffle=False)`, except that a product a hair above a whole number through floating-point error (0.7 × 10 =
 * 7.000000000000001) is not rounded up to the next week. Both parts always keep at least one week.
 *
 * @param periods - number of weeks in the series, at least 2
 * @param options - `share` in (0, 1), default 0.2
 * @returns the training and holdout week indices
 * @throws {InvalidParameterError} when periods is not a whole number ≥ 2, share is outside (0, 1), or the share
 *   would leave no training week
 * @example
 * holdoutSplit(10, { share: 0.2 }); // => { train: [0, 1, 2, 3, 4, 5, 6, 7], holdout: [8, 9] }
 * @see https://scikit-learn.org/stable/modules/generated/sklearn.model_selection.train_test_split.html
 */
export function holdoutSplit(periods: number, options: HoldoutSplitOptions = {}): HoldoutSplit {
  requireWholeNumber("periods", periods, 2, "weeks");
  const share = options.share ?? DEFAULT_HOLDOUT_SHARE;
  if (!(share > 0 && share < 1)) {
    throw new InvalidParameterError(
      "share",
      `share must be a fraction strictly between 0 and 1, e.g. 0.2 for the last 20% of weeks (got ${String(share)}).`
    );
  }
  const holdoutSize = Math.max(1, Math.ceil(share * periods - HOLDOUT_ROUNDING_SLACK));
  if (holdoutSize >= periods) {
    throw new InvalidParameterError(
      "share",
      `A share of ${share} of ${periods} weeks keeps every week back and leaves none to train on; use a smaller share.`
    );
  }
  const cut = periods - holdoutSize;
  return {
    train: Array.from({ length: cut }, (_, index) => index),
    holdout: Array.from({ length: holdoutSize }, (_, index) => cut + index),
  };
}
