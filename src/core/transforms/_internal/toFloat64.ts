import type { Series, SeriesLike } from "../../types";

/** A Float64Array copy of any array-like of numbers (the input is never mutated or aliased). */
export function toFloat64(values: SeriesLike): Series {
  return Float64Array.from(values as ArrayLike<number>);
}
