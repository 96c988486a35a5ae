import { InvalidParameterError } from "../errors";
import { MIN_BLOCK_LENGTH_WEEKS } from "./constants";

/**
 * Default block length for a moving-block bootstrap of weekly data: max(4, ⌈n^(1/3)⌉) weeks, at most n.
 *
 * Why this choice: the block length that minimises the error of a block-bootstrap variance estimate grows like
 * n^(1/3) (Hall, Horowitz & Jing 1995); Politis & White (2004) estimate its constant from the data, which needs a
 * pilot spectral fit that is not robust on two years of weekly data, so the plain n^(1/3) rule of thumb is used.
 * It is floored at four weeks (about one month, see {@link MIN_BLOCK_LENGTH_WEEKS}) because media effects carry
 * over several weeks and monthly cycles should stay inside a block. For 104 weeks this gives ⌈4.70⌉ = 5 weeks.
 *
 * @param periods - number of weeks in the series, a positive whole number
 * @returns block length in weeks, between 1 and `periods`
 * @throws {InvalidParameterError} when periods is not a positive whole number
 * @example
 * defaultBlockLength(104); // => 5
 * defaultBlockLength(52); // => 4
 * @see Künsch (1989), The jackknife and the bootstrap for general stationary observations, Ann. Statist. 17(3).
 * @see Politis & White (2004), Automatic block-length selection for the dependent bootstrap, Econometric Reviews 23(1).
 */
export function defaultBlockLength(periods: number): number {
  if (!(Number.isInteger(periods) && periods >= 1)) {
    throw new InvalidParameterError(
      "periods",
      `The number of weeks must be a whole number of at least 1 (got ${periods}).`
    );
  }
  // cbrt is exact on perfect cubes, where pow(n, 1/3) can land just above the integer and ceil would overshoot.
  const ruleOfThumb = Math.ceil(Math.cbrt(periods));
  return Math.min(periods, Math.max(MIN_BLOCK_LENGTH_WEEKS, ruleOfThumb));
}
