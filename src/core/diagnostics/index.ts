/**
 * Diagnostics: residual tests of a fitted regression, graded pass/review/fail for the task pane, plus rolling
 * coefficient stability.
 *
 * Each statistical test lives in its own file and returns `{ statistic, pValue, … }`, checked against
 * statsmodels/scipy fixtures (test/fixtures/diagnostics, written by test/fixtures/scripts/makeDiagnosticsFixtures.py).
 * `residualDiagnostics` turns them into `DiagnosticCheck`s using `DIAGNOSTIC_THRESHOLDS` and the sentences in
 * `DIAGNOSTIC_MESSAGES`.
 *
 * To add a check: add `<test>.ts` (p-values from jStat, least squares from ml-matrix), its fixture in the Python
 * script and a mirrored test; add its threshold to `DiagnosticThresholds`/`DIAGNOSTIC_THRESHOLDS` (with a source),
 * its sentences to `DIAGNOSTIC_MESSAGES`, and one block in `residualDiagnostics`.
 */
export { breuschPagan, type BreuschPaganResult } from "./breuschPagan";
export { checkStatus, type DiagnosticCheck, type DiagnosticStatus } from "./checkStatus";
export {
  coefficientStability,
  type CoefficientStability,
  type CoefficientStabilityOptions,
  type CoefficientSummary,
  type StabilityWindow,
  type WindowFit,
} from "./coefficientStability";
export {
  DEFAULT_LJUNG_BOX_LAGS,
  DEFAULT_STABILITY_STEP,
  SHAPIRO_WILK_MAX_SIZE,
  SHAPIRO_WILK_MIN_SIZE,
} from "./constants";
export { DIAGNOSTIC_MESSAGES } from "./diagnosticMessages";
export {
  DIAGNOSTIC_THRESHOLDS,
  type BandThreshold,
  type DiagnosticThreshold,
  type DiagnosticThresholds,
  type MaximumThreshold,
  type MinimumThreshold,
} from "./diagnosticThresholds";
export { durbinWatson } from "./durbinWatson";
export { jarqueBera, type JarqueBeraResult } from "./jarqueBera";
export { ljungBox, type LjungBoxOptions, type LjungBoxResult } from "./ljungBox";
export { residualDiagnostics, type ResidualDiagnosticsConfig } from "./residualDiagnostics";
export { shapiroWilk, type ShapiroWilkResult } from "./shapiroWilk";
export { varianceInflation, type VarianceInflation } from "./varianceInflation";
export type { DesignMatrix } from "./_internal/designColumns";
