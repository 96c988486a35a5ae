/**
 * The exact minimiser of the n-scaled elastic-net objective along one coordinate, the step of the one
 * coordinate-descent kernel ({@link gramCoordinateDescent}): soft-threshold the target x_j'r + w_j·‖x_j‖² by
 * l1 and divide by ‖x_j‖² + l2; a non-negative coefficient whose target is negative goes to 0.
 *
 * @param target - x_j'r + w_j·‖x_j‖² (x_j'y − (X'Xw)_j + w_j·‖x_j‖² in the Gram form)
 * @param curvature - ‖x_j‖², the Gram diagonal, > 0
 * @param l1 - α·ρ·n, ≥ 0
 * @param l2 - α·(1 − ρ)·n, ≥ 0
 * @param nonNegative - whether w_j is constrained to be ≥ 0
 * @returns the new w_j
 * @example
 * coordinateUpdate(10, 5, 2, 0, false); // => 1.6
 * @see scikit-learn `_cd_fast.enet_coordinate_descent` (the `fsign(tmp) * fmax(fabs(tmp) - alpha, 0)` step).
 */
export function coordinateUpdate(
  target: number,
  curvature: number,
  l1: number,
  l2: number,
  nonNegative: boolean
): number {
  if (nonNegative && target < 0) return 0;
  return (Math.sign(target) * Math.max(Math.abs(target) - l1, 0)) / (curvature + l2);
}
