import { InvalidParameterError } from "../errors";
import type { RandomSource } from "../random/createRandom";

/**
 * Row indices of one moving-block bootstrap resample of a weekly series.
 *
 * Draws ⌈n / blockLength⌉ overlapping blocks of consecutive weeks, each starting uniformly at one of the
 * n − blockLength + 1 possible weeks, concatenates them and truncates the result to n weeks. Keeping weeks
 * together inside a block preserves the serial dependence (carry-over, seasonality) that an ordinary bootstrap
 * would destroy. Takes O(n) time and exactly ⌈n / blockLength⌉ draws from `random`.
 *
 * @param periods - number of weeks n, a positive whole number
 * @param blockLength - weeks per block, a whole number in [1, n]
 * @param random - seeded source of uniform numbers in [0, 1) (see `createRandom`)
 * @returns `[periods]` row indices into the original series, each in [0, n)
 * @throws {InvalidParameterError} when periods or blockLength is not a whole number in range
 * @example
 * movingBlockIndices(6, 3, createRandom(1)); // => Int32Array e.g. [2, 3, 4, 0, 1, 2]
 * @see Künsch (1989), The jackknife and the bootstrap for general stationary observations, Ann. Statist. 17(3).
 */
export function movingBlockIndices(
  periods: number,
  blockLength: number,
  random: RandomSource
): Int32Array {
  if (!(Number.isInteger(periods) && periods >= 1)) {
    throw new InvalidParameterError(
      "periods",
      `The number of weeks must be a whole number of at least 1 (got ${periods}).`
    );
  }
  if (!(Number.isInteger(blockLength) && blockLength >= 1 && blockLength <= periods)) {
    throw new InvalidParameterError(
      "blockLength",
      `The block length must be a whole number of weeks from 1 to ${periods} (got ${blockLength}).`
    );
  }
  const starts = periods - blockLength + 1;
  const indices = new Int32Array(periods);
  let filled = 0;
  while (filled < periods) {
    // min() guards against a source that returns exactly 1 by mistake.
    const start = Math.min(starts - 1, Math.floor(random() * starts));
    for (let offset = 0; offset < blockLength && filled < periods; offset++) {
      indices[filled++] = start + offset;
    }
  }
  return indices;
}
