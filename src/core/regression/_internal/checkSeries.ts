import { InvalidParameterError } from "../../errors";
import type { Series, SeriesLike } from "../../types";

/** Copies a series into a Float64Array after checking it has the expected number of finite values. */
export function checkSeries(
  values: SeriesLike,
  name: string,
  length: number,
  against: string
): Series {
  if (values.length !== length) {
    throw new InvalidParameterError(
      name,
      `${name} has ${values.length} values but ${against} has ${length}; give both for the same weeks.`
    );
  }
  const out = Float64Array.from(values);
  out.forEach((value, index) => {
    if (!Number.isFinite(value)) {
      throw new InvalidParameterError(
        name,
        `${name} has a value that is not a number at position ${index + 1}; every value must be a finite number.`
      );
    }
  });
  return out;
}

/** Natural logs of a strictly positive series; a zero or negative value is reported with its position. */
export function logPositive(values: Series, name: string): Series {
  return values.map((value, index) => {
    if (!(value > 0)) {
      throw new InvalidParameterError(
        name,
        `${name} must be above 0 to take its log, but position ${index + 1} is ${value}; remove or fix weeks with zero or negative ${name}.`
      );
    }
    return Math.log(value);
  });
}

/** Rows `[weeks][1 + controls]` of a design: the leading series, then each control. */
export function designRows(leading: readonly Series[], controls: readonly Series[]): number[][] {
  const columns = [...leading, ...controls];
  const weeks = (leading[0] as Series).length;
  const rows: number[][] = [];
  for (let t = 0; t < weeks; t++) rows.push(columns.map((column) => column[t] as number));
  return rows;
}

/** Checks that a fit has enough weeks for its coefficients and the residual variance. */
export function checkEnoughWeeks(weeks: number, coefficients: number, what: string): void {
  const needed = coefficients + 2;
  if (weeks < needed) {
    throw new InvalidParameterError(
      "outcome",
      `${what} needs at least ${needed} weeks for ${coefficients} coefficient(s) and an intercept (got ${weeks}); give more weeks or fewer controls.`
    );
  }
}
