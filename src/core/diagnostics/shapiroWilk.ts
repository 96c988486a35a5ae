import { InvalidParameterError } from "../errors";
import type { SeriesLike } from "../types";
import { checkResiduals } from "./_internal/checkResiduals";
import { polynomial, shapiroWilkCoefficients } from "./_internal/shapiroWilkCoefficients";
import { normalUpperTail } from "./_internal/upperTail";
import { SHAPIRO_WILK_MAX_SIZE, SHAPIRO_WILK_MIN_SIZE } from "./constants";

// AS R94 significance-level polynomials (Royston 1995); hand-written, as no JavaScript library has them.
/** γ(n) bound of log(1 − W) for n ≤ 11 (AS R94 G). */
const SMALL_GAMMA = [-2.273, 0.459] as const;
/** Mean of −log(γ − log(1 − W)) in n, for n ≤ 11 (AS R94 C3). */
const SMALL_MEAN = [0.544, -0.39978, 0.025054, -6.714e-4] as const;
/** log sd of the same, in n (AS R94 C4). */
const SMALL_LOG_SD = [1.3822, -0.77857, 0.062767, -0.0020322] as const;
/** Mean of log(1 − W) in log n, for n ≥ 12 (AS R94 C5). */
const LARGE_MEAN = [-1.5861, -0.31082, -0.083751, 0.0038915] as const;
/** log sd of the same, in log n (AS R94 C6). */
const LARGE_LOG_SD = [-0.4803, -0.082676, 0.0030302] as const;
/** Largest n that uses the small-sample approximation. */
const SMALL_SAMPLE_LIMIT = 11;
/** p-value AS R94 reports when log(1 − W) is beyond γ(n) (W far below anything a normal sample gives). */
const SMALLEST_P_VALUE = 1e-19;

/** Result of the Shapiro–Wilk normality test. */
export interface ShapiroWilkResult {
  /** W in (0, 1]: the squared correlation of the sorted residuals with expected normal order statistics. */
  readonly statistic: number;
  /** Royston's approximate p-value; small values mean the residuals are not normal. */
  readonly pValue: number;
}

/**
 * Shapiro–Wilk test of normality with Royston's (1995) algorithm AS R94, the one scipy `shapiro` uses.
 *
 * More powerful than Jarque–Bera in small samples (30–100 weeks). The statistic is computed in double precision;
 * scipy runs the same algorithm in single precision, so the two agree to about 1e-6 (see the tests). The p-value
 * is exact for n = 3 and an approximation (normalising transform of 1 − W) otherwise; the normal tail comes from
 * jStat. O(n log n) for the sort.
 *
 * @param residuals - model residuals: `[periods]` with 3 ≤ periods ≤ 5000, finite, not all equal
 * @returns W and its p-value
 * @throws {InvalidParameterError} when there are fewer than 3 or more than 5000 residuals (outside the range the
 *   approximation is validated for), a non-finite one, or all are equal
 * @example
 * shapiroWilk([1, 2, 4]).statistic; // => 0.9642857142857
 * @see Royston, P. (1995), Remark AS R94: A remark on algorithm AS 181: the W-test for normality, JRSS C 44(4).
 */
export function shapiroWilk(residuals: SeriesLike): ShapiroWilkResult {
  const n = residuals.length;
  if (n > SHAPIRO_WILK_MAX_SIZE) {
    throw new InvalidParameterError(
      "residuals",
      `The Shapiro–Wilk test is validated for at most ${SHAPIRO_WILK_MAX_SIZE} residuals (got ${n}); use Jarque–Bera.`
    );
  }
  const sorted = checkResiduals(residuals, SHAPIRO_WILK_MIN_SIZE, "The Shapiro–Wilk test").sort();
  const range = (sorted[n - 1] as number) - (sorted[0] as number);
  const coefficients = shapiroWilkCoefficients(n);
  // W is a squared correlation, so it is computed on range-scaled data; 1 − W is formed directly to keep digits
  // when W is close to 1 (as AS R94 does).
  const scaled = sorted.map((value) => value / range);
  const xMean = scaled.reduce((sum, value) => sum + value, 0) / n;
  const aMean = coefficients.reduce((sum, value) => sum + value, 0) / n;
  let aa = 0;
  let xx = 0;
  let ax = 0;
  for (let i = 0; i < n; i++) {
    const a = (coefficients[i] as number) - aMean;
    const x = (scaled[i] as number) - xMean;
    aa += a * a;
    xx += x * x;
    ax += a * x;
  }
  const root = Math.sqrt(aa * xx);
  const oneMinusW = ((root - ax) * (root + ax)) / (aa * xx);
  const statistic = 1 - oneMinusW;
  return { statistic, pValue: shapiroWilkPValue(statistic, oneMinusW, n) };
}

function shapiroWilkPValue(statistic: number, oneMinusW: number, n: number): number {
  if (n === 3) {
    // Exact for n = 3: P = (6/π)(asin √W − asin √(3/4)).
    const p = (6 / Math.PI) * (Math.asin(Math.sqrt(statistic)) - Math.PI / 3);
    return Math.min(1, Math.max(0, p));
  }
  let y = Math.log(oneMinusW);
  let centre: number;
  let spread: number;
  if (n <= SMALL_SAMPLE_LIMIT) {
    const gamma = polynomial(SMALL_GAMMA, n);
    if (y >= gamma) return SMALLEST_P_VALUE;
    y = -Math.log(gamma - y);
    centre = polynomial(SMALL_MEAN, n);
    spread = Math.exp(polynomial(SMALL_LOG_SD, n));
  } else {
    const logN = Math.log(n);
    centre = polynomial(LARGE_MEAN, logN);
    spread = Math.exp(polynomial(LARGE_LOG_SD, logN));
  }
  return normalUpperTail((y - centre) / spread);
}
