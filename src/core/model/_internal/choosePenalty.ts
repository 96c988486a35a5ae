import { RIDGE_PREFERENCE_SE_FACTOR } from "../constants";
import { chooseWithPrior, type ScoredCandidate } from "./shapePrior";

/** An elastic-net penalty: strength α and L1 share ρ (0 = ridge). */
export interface Penalty {
  readonly alpha: number;
  readonly l1Ratio: number;
}

/**
 * The penalty a stage keeps: the best CV score, except that a ridge penalty within `RIDGE_PREFERENCE_SE_FACTOR`
 * standard errors of the fold-wise difference wins over an elastic net (the one-standard-error rule with ridge as the
 * simpler model; see the constant for why). Among ridge penalties within reach, the best score; ties keep the
 * earlier candidate.
 *
 * @param tried - penalties with their fold scores (at least one)
 * @returns the chosen penalty
 * @example
 * choosePenalty([{ hyper: { alpha: 0.01, l1Ratio: 0 }, scores: [1, 1], mean: 1 }]); // => { alpha: 0.01, l1Ratio: 0 }
 */
export function choosePenalty(tried: readonly ScoredCandidate<Penalty>[]): Penalty {
  return chooseWithPrior(tried, RIDGE_PREFERENCE_SE_FACTOR, (penalty) =>
    penalty.l1Ratio > 0 ? 1 : 0
  ).hyper;
}
