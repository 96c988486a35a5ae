import type { ColumnRoles } from "../core/types";
import type { FitOptions } from "../core/model/types";
import type { BootstrapTuning } from "../core/analysis/types";
import { CliUsageError } from "./parseCliArgs";

/** The runner's --config file: column roles, date order, fit options and bootstrap settings. */
export interface RunConfig {
  readonly roles: Partial<ColumnRoles>;
  readonly dateOrder: "dayFirst" | "monthFirst" | null;
  readonly fit: FitOptions;
  readonly bootstrap: {
    readonly replicates: number | null;
    readonly tuning: BootstrapTuning | null;
  };
}

const ROLE_KEYS = ["date", "outcome", "mediator", "social", "controls"] as const;
const TOP_KEYS = ["roles", "dateOrder", "fit", "bootstrap"];

const TUNINGS: readonly BootstrapTuning[] = ["auto", "retuned", "fixed"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkRoles(raw: unknown, file: string): Partial<ColumnRoles> {
  if (raw === undefined) return {};
  if (!isRecord(raw))
    throw new CliUsageError(`${file}: "roles" must be an object such as {"mediator": "search_S"}.`);
  for (const key of Object.keys(raw)) {
    if (!(ROLE_KEYS as readonly string[]).includes(key)) {
      throw new CliUsageError(
        `${file}: unknown role "${key}"; choose from ${ROLE_KEYS.join(", ")}.`
      );
    }
  }
  for (const key of ["date", "outcome"] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== "string") {
      throw new CliUsageError(`${file}: roles.${key} must be a column header (text).`);
    }
  }
  if (raw.mediator !== undefined && raw.mediator !== null && typeof raw.mediator !== "string") {
    throw new CliUsageError(
      `${file}: roles.mediator must be a column header, or null for a single-stage model.`
    );
  }
  for (const key of ["social", "controls"] as const) {
    const list = raw[key];
    if (list !== undefined && !(Array.isArray(list) && list.every((v) => typeof v === "string"))) {
      throw new CliUsageError(`${file}: roles.${key} must be a list of column headers.`);
    }
  }
  return raw as Partial<ColumnRoles>;
}

/**
 * Parses and checks a --config file's text. Unknown keys are errors, so a typo never silently does nothing.
 *
 * @param text - the file's contents (JSON)
 * @param file - the file name, for messages
 * @throws {CliUsageError} naming the bad key and the valid choices
 */
export function parseRunConfig(text: string, file: string): RunConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(raw)) throw new CliUsageError(`${file} must hold a JSON object.`);
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.includes(key)) {
      throw new CliUsageError(`${file}: unknown key "${key}"; choose from ${TOP_KEYS.join(", ")}.`);
    }
  }
  const dateOrder = raw.dateOrder ?? null;
  if (dateOrder !== null && dateOrder !== "dayFirst" && dateOrder !== "monthFirst") {
    throw new CliUsageError(`${file}: dateOrder must be "dayFirst" or "monthFirst".`);
  }
  if (raw.fit !== undefined && !isRecord(raw.fit))
    throw new CliUsageError(`${file}: "fit" must be an object.`);
  const bootstrap = raw.bootstrap ?? {};
  if (!isRecord(bootstrap)) throw new CliUsageError(`${file}: "bootstrap" must be an object.`);
  const replicates = bootstrap.replicates ?? null;
  if (replicates !== null && !(Number.isInteger(replicates) && (replicates as number) >= 0)) {
    throw new CliUsageError(`${file}: bootstrap.replicates must be a whole number ≥ 0.`);
  }
  const tuning = bootstrap.tuning ?? null;
  if (tuning !== null && !TUNINGS.includes(tuning as BootstrapTuning)) {
    throw new CliUsageError(
      `${file}: bootstrap.tuning must be one of ${TUNINGS.map((t) => `"${t}"`).join(", ")}.`
    );
  }
  return {
    roles: checkRoles(raw.roles, file),
    dateOrder,
    fit: (raw.fit ?? {}) as FitOptions,
    bootstrap: {
      replicates: replicates as number | null,
      tuning: tuning as BootstrapTuning | null,
    },
  };
}
