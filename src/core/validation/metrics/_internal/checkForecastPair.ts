import { InvalidParameterError } from "../../../errors";
import type { SeriesLike } from "../../../types";

/**
 * Checks that actual and predicted values can be compared week by week, and returns how many weeks there are.
 *
 * @param actual - observed values: `[weeks]`
 * @param predicted - forecast values: `[weeks]`
 * @returns the number of weeks, at least 1
 * @throws {InvalidParameterError} when the lengths differ, the series are empty, or a value is not a finite number
 */
export function checkForecastPair(actual: SeriesLike, predicted: SeriesLike): number {
  if (actual.length !== predicted.length) {
    throw new InvalidParameterError(
      "predicted",
      `predicted has ${predicted.length} values but actual has ${actual.length}; give one prediction per actual week.`
    );
  }
  if (actual.length === 0) {
    throw new InvalidParameterError(
      "actual",
      "actual is empty; a forecast needs at least one week to be scored."
    );
  }
  requireFinite("actual", actual);
  requireFinite("predicted", predicted);
  return actual.length;
}

function requireFinite(parameter: string, values: SeriesLike): void {
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (!Number.isFinite(value)) {
      throw new InvalidParameterError(
        parameter,
        `${parameter} has ${String(value)} at position ${index + 1}; every value must be a finite number.`
      );
    }
  }
}
