/**
 * Penalty and stopping options shared by every elastic-net entry point ({@link fitElasticNet}, {@link elasticNetPath},
 * {@link elasticNetGram}). The objective is scikit-learn's ElasticNet:
 * 1/(2n)·‖y − Xβ − b‖² + α·ρ·‖β‖₁ + α·(1 − ρ)/2·‖β‖².
 */
export interface ElasticNetSolverOptions {
  /**
   * Overall penalty strength α ≥ 0 (scikit-learn's `alpha`). With α = 0 (plain least squares) the duality gap cannot
   * certify convergence, so the fit stops when the largest coefficient change in a sweep is below
   * tolerance × the largest |coefficient|; prefer fitOls there.
   */
  readonly alpha: number;
  /** Share of the penalty that is L1 (ρ, scikit-learn's `l1_ratio`), in [0, 1]. @defaultValue 0.5 */
  readonly l1Ratio?: number;
  /** Constrain coefficients to be ≥ 0: one flag for all, or one per column. @defaultValue false */
  readonly nonNegative?: boolean | readonly boolean[];
  /** Most coordinate-descent sweeps. @defaultValue 10000 */
  readonly maxIterations?: number;
  /** scikit-learn's `tol`; see DEFAULT_ELASTIC_NET_TOLERANCE. @defaultValue 1e-4 */
  readonly tolerance?: number;
  /** Starting coefficients (warm start) on the scale of the caller's columns, `[features]`. @defaultValue zeros */
  readonly initialCoefficients?: ArrayLike<number>;
}
