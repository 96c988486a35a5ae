import { toFloat64 } from "../_internal/toFloat64";
import type { Series, SeriesLike } from "../../types";

/**
 * The identity adstock: no carry-over, each week's spend acts in that week only.
 *
 * Exists so a pipeline can always apply "an adstock" without special cases (pymc-marketing's `NoAdstock`).
 *
 * @param values - weekly spend, oldest first: `[periods]`
 * @returns a copy of the input: `[periods]`
 * @example
 * noAdstock([100, 0]); // => Float64Array [100, 0]
 * @see pymc-marketing `NoAdstock`
 */
export function noAdstock(values: SeriesLike): Series {
  return toFloat64(values);
}
