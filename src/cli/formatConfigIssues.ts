import { z } from "zod";
import { closestName } from "./closestName";

/** The schema a path leads to, looking through optional/nullable wrappers, arrays and records. */
function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  let schema: z.ZodType | null = root;
  for (const key of path) {
    schema = schema === null ? null : childSchema(unwrapped(schema), key);
  }
  return schema;
}

function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

function childSchema(schema: z.ZodType, key: PropertyKey): z.ZodType | null {
  if (schema instanceof z.ZodObject)
    return (schema.shape as Record<string, z.ZodType>)[String(key)] ?? null;
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  return null;
}

/** The description of a schema or of what it wraps (`.describe()` may sit inside `.optional()`). */
function allowedText(schema: z.ZodType | null): string | null {
  let current = schema;
  while (current !== null) {
    if (current.description !== undefined) return current.description;
    current =
      current instanceof z.ZodOptional || current instanceof z.ZodNullable
        ? (current.unwrap() as z.ZodType)
        : null;
  }
  return null;
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`
    )
    .join("");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    value =
      typeof value === "object" && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  }
  return value;
}

function issueMessage(issue: z.core.$ZodIssue, root: z.ZodType, data: unknown): string[] {
  if (issue.code === "unrecognized_keys") {
    const parent = unwrapped(schemaAt(root, issue.path) ?? root);
    const allowed = parent instanceof z.ZodObject ? Object.keys(parent.shape as object) : [];
    return issue.keys.map((key) => {
      const where = pathText([...issue.path, key]);
      const guess = closestName(key, allowed);
      const hint = guess === null ? "" : ` did you mean ${guess}?`;
      return `${where} is not a setting;${hint} Allowed: ${allowed.join(", ")}.`;
    });
  }
  const where = pathText(issue.path) || "the file";
  const allowed = allowedText(schemaAt(root, issue.path)) ?? issue.message;
  const value = valueAt(data, issue.path);
  const written = value === undefined ? "missing" : JSON.stringify(value);
  return [`${where} is ${written}; it must be ${allowed}.`];
}

/**
 * Turns zod's issues for a --config file into lines a user can act on: the key path, what was written, and what is
 * allowed (the schema's `describe()` text), with a "did you mean" for a mistyped key.
 *
 * @param error - the failed parse's error
 * @param root - the schema that was parsed with
 * @param data - the parsed JSON, to quote the offending value
 * @returns one line per problem, every problem listed
 * @example
 * formatConfigIssues(runConfigSchema.safeParse({ fit: { holdoutShar: 0.2 } }).error!, runConfigSchema, …);
 * // => ["fit.holdoutShar is not a setting; did you mean holdoutShare? Allowed: form, directPaths, …"]
 */
export function formatConfigIssues(error: z.ZodError, root: z.ZodType, data: unknown): string[] {
  return error.issues.flatMap((issue) => issueMessage(issue, root, data));
}
