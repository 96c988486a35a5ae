import { InvalidParameterError } from "../errors";

/**
 * The valid range of one numeric transform parameter, and the narrower range a hyper-parameter search should explore.
 * Registries list one per parameter so the model, the task pane and the tests read ranges from one place.
 */
export interface ParameterBound {
  /** Smallest valid value (may be excluded, see `lowerInclusive`). */
  readonly lower: number;
  /** Largest valid value (`Infinity` when unbounded). */
  readonly upper: number;
  readonly lowerInclusive: boolean;
  readonly upperInclusive: boolean;
  /** The value must be a whole number (e.g. weeks of lag). */
  readonly integer: boolean;
  /** Lower end of the range a search should explore. */
  readonly searchLower: number;
  /** Upper end of the range a search should explore. */
  readonly searchUpper: number;
  /** What the parameter means, in plain words, for messages and tooltips. */
  readonly description: string;
}

/**
 * Tells whether a value lies within a parameter's valid range.
 *
 * @param value - the candidate value
 * @param bound - the parameter's range
 * @returns true when the value is valid (NaN never is)
 * @example
 * isWithinBound(0.5, DECAY_BOUND); // => true
 */
export function isWithinBound(value: number, bound: ParameterBound): boolean {
  if (typeof value !== "number" || Number.isNaN(value)) return false;
  if (bound.integer && !(Number.isInteger(value) || value === Infinity)) return false;
  const aboveLower = bound.lowerInclusive ? value >= bound.lower : value > bound.lower;
  const belowUpper = bound.upperInclusive ? value <= bound.upper : value < bound.upper;
  return aboveLower && belowUpper;
}

/**
 * Throws a user-facing error unless `value` lies within `bound`; the one check every transform uses, so the
 * functions and their registries can never disagree about what is valid.
 *
 * @param parameter - the parameter's name as the caller wrote it, e.g. `decay`
 * @param value - the value received
 * @param bound - the parameter's range
 * @throws {InvalidParameterError} when the value is outside the range, NaN, or fractional for a whole-number bound
 * @example
 * checkParameter("decay", 1, DECAY_BOUND); // throws: decay must be at least 0 and below 1 (got 1).
 */
export function checkParameter(parameter: string, value: number, bound: ParameterBound): void {
  if (isWithinBound(value, bound)) return;
  const low = `${bound.lowerInclusive ? "at least" : "above"} ${bound.lower}`;
  const high =
    bound.upper === Infinity
      ? ""
      : ` and ${bound.upperInclusive ? "at most" : "below"} ${bound.upper}`;
  const kind = bound.integer ? "a whole number " : "";
  throw new InvalidParameterError(
    parameter,
    `${parameter} (${bound.description}) must be ${kind}${low}${high} (got ${String(value)}).`
  );
}
