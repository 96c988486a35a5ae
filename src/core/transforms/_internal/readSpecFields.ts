import { InvalidParameterError } from "../../errors";
import { checkParameter, type ParameterBound } from "../parameterBound";

/**
 * Copies a spec's known fields from untrusted data, checking each numeric field against its bound.
 * `Infinity` is stored by JSON as null, so a null value of an optional field with an unbounded range reads as Infinity.
 */
export function readSpecFields(
  source: Readonly<Record<string, unknown>>,
  kind: string,
  bounds: Readonly<Record<string, ParameterBound>>,
  optional: readonly string[],
  flags: readonly string[]
): Record<string, unknown> {
  const spec: Record<string, unknown> = { kind };
  for (const [field, bound] of Object.entries(bounds)) {
    let raw = source[field];
    if (raw === undefined && optional.includes(field)) continue;
    if (raw === null && bound.upper === Infinity && optional.includes(field)) raw = Infinity;
    if (typeof raw !== "number") {
      throw new InvalidParameterError(
        field,
        `${kind} needs a number for ${field} (got ${JSON.stringify(raw ?? null)}).`
      );
    }
    checkParameter(field, raw, bound);
    spec[field] = raw;
  }
  for (const flag of flags) {
    const raw = source[flag];
    if (raw === undefined) continue;
    if (typeof raw !== "boolean") {
      throw new InvalidParameterError(
        flag,
        `${flag} must be true or false (got ${JSON.stringify(raw)}).`
      );
    }
    spec[flag] = raw;
  }
  return spec;
}
