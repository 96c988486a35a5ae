import { InvalidParameterError } from "../errors";

/**
 * A smooth curve through tabulated points by monotone cubic Hermite interpolation (Fritsch–Carlson), extended
 * linearly beyond the first and last point.
 *
 * Used to hand the optimiser a cheap stand-in for an expensive response (one model run per call): the curve passes
 * through every point, keeps monotone data monotone (no overshoot between points) and has a continuous slope, so
 * marginal ROAS by finite differences stays well behaved. O(log n) per call.
 *
 * @param spends - grid of weekly spend, strictly increasing: `[points]`, at least 1
 * @param revenues - response at each grid point: `[points]`
 * @returns spend → interpolated revenue (a constant when there is one point)
 * @throws {InvalidParameterError} when the lengths differ, the grid is empty, not increasing or not finite
 * @example
 * interpolatedResponse([0, 1, 2], [0, 1, 4])(1.5); // => 2.375 (a monotone cubic through the points)
 * @see Fritsch & Carlson (1980), Monotone Piecewise Cubic Interpolation, SIAM J. Numer. Anal. 17(2).
 */
export function interpolatedResponse(
  spends: readonly number[],
  revenues: readonly number[]
): (spend: number) => number {
  const n = spends.length;
  if (n === 0 || revenues.length !== n) {
    throw new InvalidParameterError(
      "spends",
      `Give as many revenues as spends, at least one (got ${n} spends and ${revenues.length} revenues).`
    );
  }
  for (let i = 0; i < n; i++) {
    const ok = Number.isFinite(spends[i]) && Number.isFinite(revenues[i]);
    if (!ok || (i > 0 && !((spends[i] as number) > (spends[i - 1] as number)))) {
      throw new InvalidParameterError(
        "spends",
        "The spend grid must be finite and strictly increasing, with a finite revenue at each point."
      );
    }
  }
  const x = Float64Array.from(spends);
  const y = Float64Array.from(revenues);
  if (n === 1) return () => y[0] as number;
  const secants = new Float64Array(n - 1);
  for (let i = 0; i < n - 1; i++)
    secants[i] =
      ((y[i + 1] as number) - (y[i] as number)) / ((x[i + 1] as number) - (x[i] as number));
  const slopes = new Float64Array(n);
  slopes[0] = secants[0] as number;
  slopes[n - 1] = secants[n - 2] as number;
  for (let i = 1; i < n - 1; i++) {
    const left = secants[i - 1] as number;
    const right = secants[i] as number;
    slopes[i] = left * right <= 0 ? 0 : (left + right) / 2;
  }
  // Fritsch–Carlson: shrink the two slopes of a segment whose (α, β) leaves the circle of radius 3.
  for (let i = 0; i < n - 1; i++) {
    const secant = secants[i] as number;
    if (secant === 0) {
      slopes[i] = 0;
      slopes[i + 1] = 0;
      continue;
    }
    const alpha = (slopes[i] as number) / secant;
    const beta = (slopes[i + 1] as number) / secant;
    const radius = Math.hypot(alpha, beta);
    if (!Number.isFinite(radius)) {
      // A secant so small against its neighbours' slopes (e.g. a denormal step) that α or β overflows: the segment is
      // flat to double precision, and zero slopes keep it monotone without an Infinity·0 = NaN.
      slopes[i] = 0;
      slopes[i + 1] = 0;
      continue;
    }
    if (radius > 3) {
      slopes[i] = (3 / radius) * alpha * secant;
      slopes[i + 1] = (3 / radius) * beta * secant;
    }
  }
  return (spend: number): number => {
    if (spend <= (x[0] as number))
      return (y[0] as number) + (slopes[0] as number) * (spend - (x[0] as number));
    if (spend >= (x[n - 1] as number))
      return (y[n - 1] as number) + (slopes[n - 1] as number) * (spend - (x[n - 1] as number));
    let low = 0;
    let high = n - 1;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if ((x[middle] as number) <= spend) low = middle;
      else high = middle;
    }
    const h = (x[high] as number) - (x[low] as number);
    const s = (spend - (x[low] as number)) / h;
    const h00 = (1 + 2 * s) * (1 - s) ** 2;
    const h10 = s * (1 - s) ** 2;
    const h01 = s * s * (3 - 2 * s);
    const h11 = s * s * (s - 1);
    return (
      h00 * (y[low] as number) +
      h10 * h * (slopes[low] as number) +
      h01 * (y[high] as number) +
      h11 * h * (slopes[high] as number)
    );
  };
}
