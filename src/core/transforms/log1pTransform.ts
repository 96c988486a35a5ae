import { InvalidParameterError } from "../errors";
import type { Series, SeriesLike } from "../types";

/**
 * Natural log of 1 + x, element-wise: a simple concave transform for spend or counts that may be 0.
 *
 * Uses `Math.log1p`, exact for small x where log(1 + x) would lose digits. O(n).
 *
 * @param values - input series, every value > −1: `[periods]`
 * @returns log(1 + x): `[periods]`
 * @throws {InvalidParameterError} when a value is ≤ −1 or NaN
 * @example
 * log1pTransform([0, Math.E - 1]); // => Float64Array [0, 1]
 * @see https://en.wikipedia.org/wiki/Natural_logarithm
 */
export function log1pTransform(values: SeriesLike): Series {
  const n = values.length;
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const x = values[t] as number;
    if (!(x > -1)) {
      throw new InvalidParameterError(
        "values",
        `log(1 + x) needs values above −1; week ${t + 1} has ${String(x)}.`
      );
    }
    out[t] = Math.log1p(x);
  }
  return out;
}
