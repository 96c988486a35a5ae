import { InvalidParameterError } from "../errors";
import type { Series, SeriesLike } from "../types";

/**
 * Applies bootstrap row indices to one weekly column: out[i] = values[indices[i]].
 *
 * Use the same indices for every column of a resample (outcome, mediator, spends, controls) so that weeks stay
 * whole. Transforms with memory (adstock) should be applied before resampling, since a resample joins blocks
 * that were not adjacent in time. O(n).
 *
 * @param values - one column, `[periods]`
 * @param indices - row indices from e.g. `movingBlockIndices`, each in [0, periods)
 * @returns `[indices.length]` resampled column (a new array; the input is not touched)
 * @throws {InvalidParameterError} when an index is outside the column
 * @example
 * resampleSeries([10, 20, 30], Int32Array.of(1, 2, 1)); // => Float64Array [20, 30, 20]
 * @see Künsch (1989), The jackknife and the bootstrap for general stationary observations, Ann. Statist. 17(3).
 */
export function resampleSeries(values: SeriesLike, indices: ArrayLike<number>): Series {
  const out = new Float64Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i] as number;
    if (!(Number.isInteger(index) && index >= 0 && index < values.length)) {
      throw new InvalidParameterError(
        "indices",
        `Row index ${index} at position ${i} is outside the column of ${values.length} weeks.`
      );
    }
    out[i] = values[index] as number;
  }
  return out;
}
