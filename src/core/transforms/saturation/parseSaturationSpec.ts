import { InvalidParameterError } from "../../errors";
import { readSpecFields } from "../_internal/readSpecFields";
import { saturationRegistry } from "./registry";
import { SATURATION_KINDS, type SaturationKind, type SaturationSpec } from "./saturationSpec";

/**
 * Reads a saturation spec from untrusted JSON data and checks it against the registry bounds.
 *
 * @param value - the parsed JSON value
 * @returns a fresh, valid saturation spec holding only the kind's fields
 * @throws {InvalidParameterError} when the kind is unknown, a field is missing or a value is out of range
 * @example
 * parseSaturationSpec({ kind: "hill", halfSaturation: 2, shape: 1 }); // => { kind: "hill", halfSaturation: 2, shape: 1 }
 */
export function parseSaturationSpec(value: unknown): SaturationSpec {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof kind !== "string" || !(SATURATION_KINDS as readonly string[]).includes(kind)) {
    throw new InvalidParameterError(
      "kind",
      `Unknown saturation kind ${JSON.stringify(kind ?? null)}. Choose from: ${SATURATION_KINDS.join(", ")}.`
    );
  }
  const entry = saturationRegistry[kind as SaturationKind];
  return readSpecFields(
    value as Record<string, unknown>,
    kind,
    entry.bounds,
    [],
    []
  ) as SaturationSpec;
}
