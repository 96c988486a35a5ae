import { toFloat64 } from "../_internal/toFloat64";
import type { Series, SeriesLike } from "../../types";

/**
 * The identity saturation: the response grows in proportion to the input (no diminishing returns).
 *
 * Exists so a pipeline can always apply "a saturation" without special cases.
 *
 * @param values - input series: `[periods]`
 * @returns a copy of the input: `[periods]`
 * @example
 * noSaturation([1, 2]); // => Float64Array [1, 2]
 * @see pymc-marketing `NoSaturation`
 */
export function noSaturation(values: SeriesLike): Series {
  return toFloat64(values);
}
