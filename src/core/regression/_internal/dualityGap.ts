/**
 * Duality gap of the elastic net in scikit-learn's n-scaled form
 * P(w) = ½‖r‖² + l1·‖w‖₁ + ½·l2·‖w‖² (r = y − Xw), from sufficient statistics (the Gram kernel has no residual
 * vector). Returns the smaller of two valid gaps (each is P(w) − D(θ) for a dual-feasible θ, so both bound the
 * suboptimality):
 * - scikit-learn's, from the augmented-lasso dual with θ = c·r (c = min(1, l1/‖X'r − l2·w‖∞));
 * - the Fenchel dual with θ = r, D(θ) = ½‖y‖² − ½‖y − θ‖² − Σ_j (|x_j'θ| − l1)₊² / (2·l2), which is finite only when
 *   l2 > 0 and, unlike the first, reaches 0 for pure ridge (l1 = 0), where scikit-learn's never certifies convergence.
 * For a non-negative coefficient |x_j'θ| becomes x_j'θ (the constraint shrinks the dual penalty).
 */
export function dualityGap(statistics: {
  /** x_j'r for each column, `[features]`. */
  readonly correlations: Float64Array;
  readonly coefficients: Float64Array;
  readonly nonNegative: ArrayLike<boolean | number>;
  /** ‖r‖². */
  readonly residualSquares: number;
  /** r'y. */
  readonly residualDotOutcome: number;
  readonly l1: number;
  readonly l2: number;
}): number {
  const { correlations, coefficients, nonNegative, l1, l2 } = statistics;
  let dualNorm = 0;
  let l1Norm = 0;
  let squares = 0;
  let conjugate = 0;
  for (let j = 0; j < coefficients.length; j++) {
    const w = coefficients[j] as number;
    const c = correlations[j] as number;
    const shifted = nonNegative[j] ? c - l2 * w : Math.abs(c - l2 * w);
    if (shifted > dualNorm) dualNorm = shifted;
    l1Norm += Math.abs(w);
    squares += w * w;
    const excess = (nonNegative[j] ? c : Math.abs(c)) - l1;
    if (excess > 0) conjugate += excess * excess;
  }
  const r2 = statistics.residualSquares;
  const scale = dualNorm > l1 ? l1 / dualNorm : 1;
  const lassoGap =
    0.5 * r2 * (1 + scale * scale) +
    l1 * l1Norm -
    scale * statistics.residualDotOutcome +
    0.5 * l2 * (1 + scale * scale) * squares;
  if (!(l2 > 0)) return lassoGap;
  // With y = Xw + r, ½‖r‖² − ½‖y‖² + ½‖y − r‖² = −w'X'r: written so, no two large ‖y‖² terms cancel.
  let fitDotResidual = 0;
  for (let j = 0; j < coefficients.length; j++)
    fitDotResidual += (coefficients[j] as number) * (correlations[j] as number);
  const fenchelGap = -fitDotResidual + l1 * l1Norm + 0.5 * l2 * squares + conjugate / (2 * l2);
  return Math.min(lassoGap, fenchelGap);
}
