import { dualityGap } from "./dualityGap";

/** Outcome of {@link checkDualityGap}. */
export interface DualityGapCheck {
  /** The duality gap in the n-scaled objective. */
  readonly gap: number;
  /** Whether the solve may stop. */
  readonly converged: boolean;
}

/**
 * The stopping rule the coordinate-descent kernel applies after a settled sweep (or the last one): converged when
 * the duality gap is ≤ `gapTolerance` (tolerance·‖y‖²). Without any penalty (α = 0) no dual point certifies the
 * least-squares optimum cheaply (the gap stays at ½‖r‖²), so the coordinate-change test (`settled`) alone decides,
 * as documented on ElasticNetSolverOptions.alpha.
 *
 * @param statistics - the {@link dualityGap} statistics plus `gapTolerance` and `settled`
 * @returns the gap and whether the solve has converged
 * @example
 * checkDualityGap({ ...statistics, gapTolerance: 1e-4 * yy, settled: true }).converged; // => true
 * @see scikit-learn `_cd_fast.enet_coordinate_descent` (`if gap < tol: break`).
 */
export function checkDualityGap(
  statistics: Parameters<typeof dualityGap>[0] & {
    readonly gapTolerance: number;
    readonly settled: boolean;
  }
): DualityGapCheck {
  const gap = dualityGap(statistics);
  const unpenalised = statistics.l1 === 0 && statistics.l2 === 0;
  return { gap, converged: gap <= statistics.gapTolerance || (statistics.settled && unpenalised) };
}
