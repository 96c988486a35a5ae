import { InvalidParameterError } from "../../errors";

/**
 * Throws unless `value` is a whole number at least `minimum`; shared by the split functions.
 *
 * @param parameter - the option's name as the caller wrote it, e.g. `folds`
 * @param value - the value received
 * @param minimum - smallest allowed value
 * @param unit - what the number counts, e.g. `weeks`, for the message
 * @throws {InvalidParameterError} when the value is fractional, non-finite or below `minimum`
 */
export function requireWholeNumber(
  parameter: string,
  value: number,
  minimum: number,
  unit: string
): void {
  if (!(Number.isInteger(value) && value >= minimum)) {
    throw new InvalidParameterError(
      parameter,
      `${parameter} must be a whole number of ${unit}, ${minimum} or more (got ${String(value)}).`
    );
  }
}
