/**
 * Shared fixture access and tolerances for the diagnostics tests. Golden values come from
 * test/fixtures/scripts/makeDiagnosticsFixtures.py (statsmodels 0.13.5, scipy 1.10.1; versions are in the JSON).
 */
import { readFileSync } from "fs";
import { join } from "path";

/** Statistics must match statsmodels/scipy to 1e-6 relative (the brief's bar; most agree to ~1e-13). */
export const STATISTIC_RELATIVE = 1e-6;
/** p-values too, relative… */
export const P_VALUE_RELATIVE = 1e-6;
/**
 * …or absolutely within 1e-14: jStat only gives lower tails, so an upper tail is 1 − cdf and loses its relative
 * digits below ~1e-14 (e.g. a Ljung–Box p of 2e-13 agrees to 7e-5 relative, 2e-17 absolute).
 */
export const P_VALUE_ABSOLUTE = 1e-14;
/**
 * scipy's Shapiro–Wilk (swilk.f) runs in single precision (float32, ε ≈ 6e-8, summed over n terms), so W agrees
 * with it only to ~1e-6 relative (worst seen 1.03e-6 at n = 260); against the double-precision transcription in
 * the fixture script it agrees to 1e-9.
 */
export const SHAPIRO_W_SCIPY_RELATIVE = 2e-6;
/**
 * The Shapiro–Wilk p-value depends on log(1 − W); with W ≈ 0.996 scipy's float32 error in W becomes ~3e-4
 * relative in p (worst seen 2.9e-4 at n = 260), hence 1e-3 against scipy.
 */
export const SHAPIRO_P_SCIPY_RELATIVE = 1e-3;
/** Against the double-precision transcription the only differences are jStat's quantile/tail accuracy. */
export const SHAPIRO_DOUBLE_RELATIVE = 1e-9;

/** Asserts |actual − expected| ≤ relative·|expected| + absolute, with a readable failure. */
export function expectClose(
  actual: number,
  expected: number,
  relative: number,
  absolute = 0
): void {
  const allowed = relative * Math.abs(expected) + absolute;
  const error = Math.abs(actual - expected);
  if (!(error <= allowed)) {
    throw new Error(`expected ${actual} to be within ${allowed} of ${expected} (off by ${error})`);
  }
}

export interface LjungBoxGolden {
  lags: number;
  modelDegreesOfFreedom: number;
  statistic: number;
  pValue: number;
}
export interface ShapiroGolden {
  statistic: number;
  pValue: number;
  statisticDouble: number;
  pValueDouble: number;
}
export interface ResidualCase {
  name: string;
  n: number;
  residuals: number[];
  durbinWatson: number;
  ljungBox: LjungBoxGolden[];
  jarqueBera: { statistic: number; pValue: number; skewness: number; kurtosis: number };
  shapiroWilk: ShapiroGolden;
}
export interface DesignCase {
  name: string;
  n: number;
  names: string[];
  X: number[][];
  residuals: number[];
  breuschPagan: { statistic: number; pValue: number; degreesOfFreedom: number };
  vif: number[];
}

const directory = join(__dirname, "..", "..", "fixtures", "diagnostics");

/** Residual vectors with statsmodels/scipy golden values (normal, skewed, AR(1), heteroskedastic; n 30/104/260). */
export const residualFixture = JSON.parse(
  readFileSync(join(directory, "residualTests.json"), "utf8")
) as {
  cases: ResidualCase[];
  shapiroWilkSmall: (ShapiroGolden & { n: number; residuals: number[] })[];
};

/** Design matrices with residuals and golden Breusch–Pagan and VIF values (n 30/104/260). */
export const designFixture = JSON.parse(
  readFileSync(join(directory, "designTests.json"), "utf8")
) as { cases: DesignCase[] };
