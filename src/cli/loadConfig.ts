import type { RunBudgetOptions } from "../core/pipeline/types";
import { readFileSync } from "node:fs";
import { fileErrorReason } from "./fileErrorReason";
import type { ColumnRoles } from "../core/types";
import type { BootstrapTuning } from "../core/analysis/types";
import { CliUsageError } from "./parseCliArgs";
import { formatConfigIssues } from "./formatConfigIssues";
import { runConfigSchema, type ConfigFitInput } from "./runConfigSchema";

/** The runner's --config file: column roles, date order, decimal separator, fit options and bootstrap settings. */
export interface RunConfig {
  readonly roles: Partial<ColumnRoles>;
  readonly dateOrder: "dayFirst" | "monthFirst" | null;
  /** The CSV's decimal mark; null = "." (the file's numbers read as 1,234.5). */
  readonly decimalSeparator: "." | "," | null;
  readonly fit: ConfigFitInput;
  readonly bootstrap: {
    readonly replicates: number | null;
    readonly tuning: BootstrapTuning | null;
  };
  /** The budget plan's total and bounds, as the pane's Options set them (absent = the same defaults). */
  readonly budget: RunBudgetOptions;
}

/**
 * Parses and checks a --config file's text against `runConfigSchema`. Every key and every value's type is checked
 * and every problem is listed at once; unknown keys are errors, so a typo never silently does nothing.
 *
 * @param text - the file's contents (JSON)
 * @param file - the file name, for messages
 * @returns the settings, absent ones as null (the runner's defaults then apply)
 * @throws {CliUsageError} naming each bad key path, what was written, and what is allowed
 * @example
 * parseRunConfig('{"fit": {"holdoutShar": 0.2}}', "config.json");
 * // throws: config.json has settings the runner cannot use:
 * //   fit.holdoutShar is not a setting; did you mean holdoutShare? Allowed: form, directPaths, …
 */
export function parseRunConfig(text: string, file: string): RunConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new CliUsageError(
      `${file} must hold a JSON object such as {"fit": {"holdoutShare": 0.2}}.`
    );
  }
  const parsed = runConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = formatConfigIssues(parsed.error, runConfigSchema, raw);
    throw new CliUsageError(
      `${file} has settings the runner cannot use:\n${lines.map((line) => `  ${line}`).join("\n")}`
    );
  }
  const config = parsed.data;
  return {
    roles: config.roles ?? {},
    dateOrder: config.dateOrder ?? null,
    decimalSeparator: config.decimalSeparator ?? null,
    fit: config.fit ?? {},
    bootstrap: {
      replicates: config.bootstrap?.replicates ?? null,
      tuning: config.bootstrap?.tuning ?? null,
    },
    budget: {
      ...(config.budget?.total === undefined ? {} : { total: config.budget.total }),
      ...(config.budget?.minShare === undefined ? {} : { minShare: config.budget.minShare }),
      ...(config.budget?.maxShare === undefined ? {} : { maxShare: config.budget.maxShare }),
    },
  };
}

/**
 * Reads and checks a --config file; null stands for no file (all defaults).
 *
 * @param path - the file named by --config, or null
 * @throws {CliUsageError} when the file cannot be read (with the reason in words) or has bad settings
 */
export function loadRunConfig(path: string | null): RunConfig {
  if (path === null) return parseRunConfig("{}", "config");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CliUsageError(`Cannot read the --config file ${path}: ${fileErrorReason(error)}.`);
  }
  return parseRunConfig(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, path);
}
