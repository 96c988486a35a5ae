import { InvalidParameterError } from "../../errors";
import { readSpecFields } from "../_internal/readSpecFields";
import { ADSTOCK_KINDS, type AdstockKind, type AdstockSpec } from "./adstockSpec";
import { adstockRegistry } from "./registry";

/**
 * Reads an adstock spec from untrusted JSON data (a hidden sheet, settings, a results file) and checks it.
 *
 * Keeps only the fields the kind knows, checks every numeric one against the registry bounds, and returns a
 * fresh spec, so `parseAdstockSpec(JSON.parse(JSON.stringify(spec)))` deep-equals `spec`.
 *
 * @param value - the parsed JSON value
 * @returns a valid adstock spec
 * @throws {InvalidParameterError} when the kind is unknown, a required field is missing, or a value is out of range
 * @example
 * parseAdstockSpec({ kind: "geometric", decay: 0.4 }); // => { kind: "geometric", decay: 0.4 }
 */
export function parseAdstockSpec(value: unknown): AdstockSpec {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof kind !== "string" || !(ADSTOCK_KINDS as readonly string[]).includes(kind)) {
    throw new InvalidParameterError(
      "kind",
      `Unknown adstock kind ${JSON.stringify(kind ?? null)}. Choose from: ${ADSTOCK_KINDS.join(", ")}.`
    );
  }
  const entry = adstockRegistry[kind as AdstockKind];
  const optional = kind === "geometric" ? ["maxLag"] : [];
  const flags = kind === "geometric" ? ["normalize"] : [];
  return readSpecFields(
    value as Record<string, unknown>,
    kind,
    entry.bounds,
    optional,
    flags
  ) as AdstockSpec;
}
