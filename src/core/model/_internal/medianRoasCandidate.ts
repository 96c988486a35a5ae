/** A candidate shape's score in the lift-test shape choice. */
export interface ShapeCandidate<T> {
  readonly shape: T;
  /** Its calibrated fit's squared error on the training weeks. */
  readonly squaredError: number;
  /** The tested channel's total ROAS under it. */
  readonly roas: number;
}

/**
 * The candidate with the median ROAS among those whose squared error is within `tolerance` (a share) of the
 * fewest: shapes the data reject do not vote, and of an even count the lower median is taken, so the answer is a
 * shape that was fitted, never an average of two. Ties in ROAS keep the candidates' order.
 *
 * @param candidates - the shapes with their error and ROAS (at least one)
 * @param tolerance - share of the fewest squared error a voter may exceed it by, ≥ 0
 * @returns the median voter, or null without candidates
 * @example
 * medianRoasCandidate([{ shape: "a", squaredError: 1, roas: 3 }, { shape: "b", squaredError: 1, roas: 1 },
 *   { shape: "c", squaredError: 1, roas: 2 }], 0.2)?.shape; // => "c"
 */
export function medianRoasCandidate<T>(
  candidates: readonly ShapeCandidate<T>[],
  tolerance: number
): ShapeCandidate<T> | null {
  const voting = votingCandidates(candidates, tolerance).sort((a, b) => a.roas - b.roas);
  return voting[Math.floor((voting.length - 1) / 2)] ?? null;
}

/**
 * The candidates whose squared error is within `tolerance` (a share) of the fewest, in their order: the shapes the
 * data accept, which vote in the choice and which the bootstrap draws from.
 *
 * @param candidates - the shapes with their error and ROAS
 * @param tolerance - share of the fewest squared error a voter may exceed it by, ≥ 0
 * @returns the voters (empty without candidates)
 * @example
 * votingCandidates([{ shape: "a", squaredError: 1, roas: 3 }, { shape: "b", squaredError: 2, roas: 1 }], 0.2);
 * // => [{ shape: "a", … }]
 */
export function votingCandidates<T>(
  candidates: readonly ShapeCandidate<T>[],
  tolerance: number
): ShapeCandidate<T>[] {
  const fewest = Math.min(...candidates.map((candidate) => candidate.squaredError));
  return candidates.filter((candidate) => candidate.squaredError <= fewest * (1 + tolerance));
}
