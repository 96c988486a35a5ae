import { InvalidParameterError } from "../errors";
import type { SeriesLike } from "../types";
import type { FeatureColumns } from "./fourierFeatures";

/**
 * Turns a 0/1 flag column (promotion weeks, holidays, outages) into a model column.
 *
 * Checks every value is exactly 0 or 1 and returns a copy named `name`. A flag that never changes (all 0 or all 1)
 * carries no information a model with an intercept can use, so it gives no column (empty `names`/`columns`)
 * rather than a column that makes the design singular.
 *
 * @param flag - one value per week, each 0 or 1: `[periods]`
 * @param name - column name, e.g. `promotions`
 * @returns zero or one column: `[features][periods]`
 * @throws {InvalidParameterError} when a value is neither 0 nor 1 (the message names the week and the value)
 * @example
 * eventDummies([0, 1, 0], "promo"); // => { names: ["promo"], columns: [Float64Array [0, 1, 0]] }
 * @see https://en.wikipedia.org/wiki/Dummy_variable_(statistics)
 */
export function eventDummies(flag: SeriesLike, name: string): FeatureColumns {
  const n = flag.length;
  const column = new Float64Array(n);
  let ones = 0;
  for (let t = 0; t < n; t++) {
    const value = flag[t] as number;
    if (value !== 0 && value !== 1) {
      throw new InvalidParameterError(
        name,
        `Column '${name}' must hold only 0 or 1 to mark event weeks; week ${t + 1} has ${String(value)}.`
      );
    }
    column[t] = value;
    ones += value;
  }
  if (ones === 0 || ones === n) return { names: [], columns: [] };
  return { names: [name], columns: [column] };
}
