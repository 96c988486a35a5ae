import type { SeriesLike } from "../types";
import { centredRSquared, isConstantColumn } from "./_internal/centredRSquared";
import { designColumns, type DesignMatrix } from "./_internal/designColumns";
import { breuschPagan } from "./breuschPagan";
import { checkStatus, type DiagnosticCheck } from "./checkStatus";
import { DEFAULT_LJUNG_BOX_LAGS, SHAPIRO_WILK_MAX_SIZE } from "./constants";
import { DIAGNOSTIC_MESSAGES } from "./diagnosticMessages";
import { DIAGNOSTIC_THRESHOLDS, type DiagnosticThresholds } from "./diagnosticThresholds";
import { durbinWatson } from "./durbinWatson";
import { jarqueBera } from "./jarqueBera";
import { ljungBox } from "./ljungBox";
import { shapiroWilk } from "./shapiroWilk";
import { varianceInflation } from "./varianceInflation";

/** Options of `residualDiagnostics`; every field is optional. */
export interface ResidualDiagnosticsConfig {
  /** Replaces any of the default thresholds. @defaultValue `DIAGNOSTIC_THRESHOLDS` */
  readonly thresholds?: Partial<DiagnosticThresholds>;
  /** Ljung–Box lags (weeks); lags not below the number of residuals are skipped. @defaultValue [4, 8] */
  readonly ljungBoxLags?: readonly number[];
  /** Ljung–Box `modelDegreesOfFreedom` (ARMA terms already fitted). @defaultValue 0 */
  readonly modelDegreesOfFreedom?: number;
}

/**
 * Runs every residual check of a fitted regression and grades each as pass/review/fail with a sentence for a
 * marketer.
 *
 * Checks, in order: Durbin–Watson (`durbinWatson`), Ljung–Box at each lag (`ljungBox4`, `ljungBox8`),
 * Jarque–Bera (`jarqueBera`), Shapiro–Wilk (`shapiroWilk`, only for 3–5000 residuals), Breusch–Pagan
 * (`breuschPagan`, only when X has a varying column) and one VIF check per non-constant feature
 * (`vif:<name>`; a problem names the feature it overlaps with most, by absolute correlation).
 * O(n·p³) for the VIFs, negligible for weekly data.
 *
 * @param residuals - residuals of the fitted model in week order: `[periods]`
 * @param X - the model's design matrix without intercept: `[periods][features]`
 * @param featureNames - one name per column of X (headers such as `facebook_spend`): `[features]`
 * @param config - thresholds, Ljung–Box lags and model degrees of freedom; see `ResidualDiagnosticsConfig`
 * @returns the checks, each `{ id, label, status, statistic?, pValue?, message }`
 * @throws {InvalidParameterError} when residuals and X disagree in length, names do not match X's columns, or
 *   the residuals are non-finite, fewer than 3 or all equal
 * @example
 * const checks = residualDiagnostics(residuals, X, ["facebook_spend", "tiktok_spend"]);
 * checks.find((check) => check.id === "durbinWatson");
 * // => { id: "durbinWatson", label: "Autocorrelation (Durbin–Watson)", status: "fail", statistic: 0.9,
 * //      message: "Residuals are autocorrelated (Durbin–Watson 0.9): effects' intervals are likely too narrow. …" }
 * @see Google Meridian model review (pass/review/fail); the @see of each test for its reference.
 */
export function residualDiagnostics(
  residuals: SeriesLike,
  X: DesignMatrix,
  featureNames: readonly string[],
  config: ResidualDiagnosticsConfig = {}
): readonly DiagnosticCheck[] {
  const thresholds: DiagnosticThresholds = { ...DIAGNOSTIC_THRESHOLDS, ...config.thresholds };
  const n = residuals.length;
  const checks: DiagnosticCheck[] = [];

  const d = durbinWatson(residuals);
  const dStatus = checkStatus(d, thresholds.durbinWatson);
  const dMessages = DIAGNOSTIC_MESSAGES.durbinWatson;
  checks.push({
    id: "durbinWatson",
    label: dMessages.label,
    status: dStatus,
    statistic: d,
    message:
      dStatus === "pass"
        ? dMessages.pass(d)
        : d < 2
          ? dMessages.positive(d)
          : dMessages.negative(d),
  });

  const modelDegreesOfFreedom = config.modelDegreesOfFreedom ?? 0;
  for (const lags of config.ljungBoxLags ?? DEFAULT_LJUNG_BOX_LAGS) {
    if (lags >= n) continue;
    const result = ljungBox(residuals, lags, { modelDegreesOfFreedom });
    const status = checkStatus(result.pValue, thresholds.ljungBox);
    const messages = DIAGNOSTIC_MESSAGES.ljungBox;
    checks.push({
      id: `ljungBox${lags}`,
      label: messages.label(lags),
      status,
      statistic: result.statistic,
      pValue: result.pValue,
      message:
        status === "pass"
          ? messages.pass(lags, result.pValue)
          : messages.problem(lags, result.pValue),
    });
  }

  const normality = DIAGNOSTIC_MESSAGES.normality;
  const jb = jarqueBera(residuals);
  checks.push(
    testCheck(
      "jarqueBera",
      normality.jarqueBeraLabel,
      jb,
      checkStatus(jb.pValue, thresholds.jarqueBera),
      (p, ok) => (ok ? normality.pass("Jarque–Bera", p) : normality.problem("Jarque–Bera", p))
    )
  );
  if (n <= SHAPIRO_WILK_MAX_SIZE) {
    const sw = shapiroWilk(residuals);
    checks.push(
      testCheck(
        "shapiroWilk",
        normality.shapiroWilkLabel,
        sw,
        checkStatus(sw.pValue, thresholds.shapiroWilk),
        (p, ok) => (ok ? normality.pass("Shapiro–Wilk", p) : normality.problem("Shapiro–Wilk", p))
      )
    );
  }

  const columns = designColumns(X, n);
  if (columns.some((column) => !isConstantColumn(column))) {
    const bp = breuschPagan(residuals, X);
    const messages = DIAGNOSTIC_MESSAGES.breuschPagan;
    checks.push(
      testCheck(
        "breuschPagan",
        messages.label,
        bp,
        checkStatus(bp.pValue, thresholds.breuschPagan),
        (p, ok) => (ok ? messages.pass(p) : messages.problem(p))
      )
    );
  }

  const vifMessages = DIAGNOSTIC_MESSAGES.varianceInflation;
  varianceInflation(X, featureNames).forEach(({ name, vif }, j) => {
    if (Number.isNaN(vif)) return;
    const status = checkStatus(vif, thresholds.varianceInflation);
    const partner = status === "pass" ? null : closestPartner(columns, featureNames, j);
    checks.push({
      id: `vif:${name}`,
      label: vifMessages.label(name),
      status,
      statistic: vif,
      message:
        status === "pass" ? vifMessages.pass(name, vif) : vifMessages.problem(name, partner, vif),
    });
  });
  return checks;
}

function testCheck(
  id: string,
  label: string,
  result: { readonly statistic: number; readonly pValue: number },
  status: DiagnosticCheck["status"],
  message: (pValue: number, passed: boolean) => string
): DiagnosticCheck {
  return {
    id,
    label,
    status,
    statistic: result.statistic,
    pValue: result.pValue,
    message: message(result.pValue, status === "pass"),
  };
}

/** Name of the non-constant feature most correlated (in absolute value) with feature j, or null if none. */
function closestPartner(
  columns: readonly Float64Array[],
  names: readonly string[],
  j: number
): string | null {
  let best: string | null = null;
  let bestR2 = -1;
  columns.forEach((column, k) => {
    if (k === j || isConstantColumn(column)) return;
    // With one regressor, R² is the squared correlation.
    const r2 = centredRSquared(columns[j] as Float64Array, [column]);
    if (r2 > bestR2) {
      bestR2 = r2;
      best = names[k] ?? null;
    }
  });
  return best;
}
