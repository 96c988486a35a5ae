import { jStat } from "jstat";

/**
 * Upper-tail probability P(χ²_df > statistic) from jStat. jStat gives the lower tail, so p-values below about 1e-15
 * are only accurate in absolute terms (1 − cdf cancels); that is far below any threshold a check uses.
 */
export function chiSquareUpperTail(statistic: number, degreesOfFreedom: number): number {
  return clampProbability(1 - jStat.chisquare.cdf(statistic, degreesOfFreedom));
}

/** Upper-tail probability P(Z > z) of the standard normal from jStat (same absolute-accuracy note as above). */
export function normalUpperTail(z: number): number {
  return clampProbability(1 - jStat.normal.cdf(z, 0, 1));
}

function clampProbability(p: number): number {
  return Math.min(1, Math.max(0, p));
}
