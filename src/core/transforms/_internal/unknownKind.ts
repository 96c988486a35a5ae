import { InvalidParameterError } from "../../errors";

/**
 * The `default` branch of an exhaustive switch over a spec's `kind`: the type `never` makes a missing case a
 * compile error, and at run time (a spec read from JSON) it throws listing the valid kinds.
 */
export function unknownKind(family: string, spec: never, kinds: readonly string[]): never {
  const kind = (spec as { kind?: unknown } | null)?.kind;
  throw new InvalidParameterError(
    "kind",
    `Unknown ${family} kind ${JSON.stringify(kind ?? null)}. Choose from: ${kinds.join(", ")}.`
  );
}
