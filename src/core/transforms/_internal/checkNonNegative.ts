import { InvalidParameterError } from "../../errors";
import type { SeriesLike } from "../../types";

/**
 * Throws unless every value is 0 or more (NaN fails too): the input check of the saturation curves, which are
 * defined on non-negative spend only.
 *
 * @param values - the curve's input, `[periods]`
 * @param curveName - how the message names the curve ("Hill saturation")
 * @throws {InvalidParameterError} (parameter "values") naming the first offending week, 1-based
 * @example
 * checkNonNegative([0, 2, -1], "Hill saturation"); // => throws "Hill saturation needs values of 0 or more; week 3 has -1."
 */
export function checkNonNegative(values: SeriesLike, curveName: string): void {
  for (let t = 0; t < values.length; t++) {
    const x = values[t] as number;
    if (!(x >= 0)) {
      throw new InvalidParameterError(
        "values",
        `${curveName} needs values of 0 or more; week ${t + 1} has ${String(x)}.`
      );
    }
  }
}
