import { InvalidParameterError } from "../core/errors";

/**
 * Reads an optional text argument that must be one of a few words (case and spaces ignored); omitted or blank
 * gives the default.
 *
 * @param value - the argument as Excel passes it (null when omitted)
 * @param parameter - the parameter's name as the formula shows it
 * @param choices - the accepted words, lower case
 * @param fallback - the default
 * @returns the chosen word
 * @throws {InvalidParameterError} for any other value, listing the choices
 * @example
 * readChoice(" Direct ", "path", ["total", "direct", "indirect"], "total"); // => "direct"
 */
export function readChoice<T extends string>(
  value: unknown,
  parameter: string,
  choices: readonly T[],
  fallback: T
): T {
  if (value === null || value === undefined || value === "") return fallback;
  const word = String(value).trim().toLowerCase();
  const match = choices.find((choice) => choice === word);
  if (match === undefined) {
    throw new InvalidParameterError(
      parameter,
      `${parameter} must be one of ${choices.map((c) => `"${c}"`).join(", ")} (got "${String(value)}").`
    );
  }
  return match;
}
