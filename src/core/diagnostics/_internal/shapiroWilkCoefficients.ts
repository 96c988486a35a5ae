import { jStat } from "jstat";

// Hand-written by necessity: no JavaScript library ships Royston's (1995) AS R94 approximations, so the polynomial
// coefficients below are transcribed from the published algorithm (the same values as scipy's swilk.f).

/** Polynomial for the largest coefficient a_n, in u = 1/√n (AS R94 C1). */
const LARGEST_COEFFICIENT = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056] as const;
/** Polynomial for the second-largest coefficient a_{n−1}, in u = 1/√n (AS R94 C2). */
const SECOND_COEFFICIENT = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633] as const;
/** Offset of Blom's plotting positions (i − 3/8)/(n + 1/4) used for the expected normal order statistics. */
const BLOM_OFFSET = 0.375;
const BLOM_DENOMINATOR_SHIFT = 0.25;

/** Polynomial c[0] + c[1]·x + c[2]·x² + … (AS 181.2 POLY). */
export function polynomial(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (let i = coefficients.length - 1; i >= 0; i--)
    result = result * x + (coefficients[i] as number);
  return result;
}

/**
 * Royston's approximate Shapiro–Wilk coefficients for a sample of n ≥ 3, as the full antisymmetric vector
 * `[n]` (smallest order statistic first, negative; the middle one 0 when n is odd). Only the direction matters:
 * W is a squared correlation, so the vector is not normalised. Expected normal order statistics use jStat's
 * normal quantile where AS R94 uses AS 111 (a 7-digit approximation).
 */
export function shapiroWilkCoefficients(n: number): Float64Array {
  const half = Math.floor(n / 2);
  const upper = new Float64Array(half);
  if (n === 3) {
    upper[0] = Math.SQRT1_2;
  } else {
    const quantiles = Array.from({ length: half }, (_, i) =>
      jStat.normal.inv((i + 1 - BLOM_OFFSET) / (n + BLOM_DENOMINATOR_SHIFT), 0, 1)
    );
    const m1 = quantiles[0] as number;
    const m2 = quantiles[1] ?? 0;
    const sumSquares = 2 * quantiles.reduce((sum, m) => sum + m * m, 0);
    const norm = Math.sqrt(sumSquares);
    const u = 1 / Math.sqrt(n);
    const a1 = polynomial(LARGEST_COEFFICIENT, u) - m1 / norm;
    let first = 1;
    let scale: number;
    upper[0] = a1;
    if (n > 5) {
      const a2 = -m2 / norm + polynomial(SECOND_COEFFICIENT, u);
      scale = Math.sqrt((sumSquares - 2 * m1 * m1 - 2 * m2 * m2) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
      upper[1] = a2;
      first = 2;
    } else {
      scale = Math.sqrt((sumSquares - 2 * m1 * m1) / (1 - 2 * a1 * a1));
    }
    for (let i = first; i < half; i++) upper[i] = -(quantiles[i] as number) / scale;
  }
  const full = new Float64Array(n);
  for (let i = 0; i < half; i++) {
    full[i] = -(upper[i] as number);
    full[n - 1 - i] = upper[i] as number;
  }
  return full;
}
