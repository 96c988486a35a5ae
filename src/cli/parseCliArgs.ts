import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { DEFAULT_BOOTSTRAP_SEED } from "../core/analysis/constants";

/** What the command line asked for. */
export type CliCommand =
  | { readonly kind: "help" }
  | {
      readonly kind: "fit";
      readonly csv: string;
      readonly out: string;
      readonly config: string | null;
      /** A CSV of lift tests (channel, start_week, end_week, lift or roas, standard_error, path, readout_end_week). */
      readonly experiments: string | null;
      readonly seed: number;
      readonly directPaths: boolean;
      readonly replicates: number | null;
      readonly threads: number;
      readonly quiet: boolean;
      /** Write the fit's wall-clock time into model.json and report.html (off: the same bytes every run). */
      readonly stampTime: boolean;
    }
  | {
      readonly kind: "demo";
      readonly out: string;
      readonly seed: number;
      readonly weeks: number;
      readonly replicates: number | null;
      readonly threads: number;
      readonly quiet: boolean;
      readonly stampTime: boolean;
    };

/** A command line the runner cannot follow; the message says how to fix it. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliUsageError";
  }
}

export const USAGE = `Usage:
  mmm fit <data.csv> --out <dir> [--config <config.json>] [--seed <n>] [--no-direct] [--replicates <n>]
          [--experiments <tests.csv>] [--threads <n>] [--stamp-time] [--quiet]
  mmm demo [--out <dir>] [--seed <n>] [--weeks <n>] [--replicates <n>] [--threads <n>]
  mmm --help

fit     Fits the two-stage mediation MMM on a weekly CSV (one row per week, header row first) and writes
        <dir>/results.json, coefficients.csv, effects.csv, fitted.csv, contributions.csv and report.html.
        Nothing is written when the data has problems: the problems are printed and the exit code is 1.
demo    Simulates a sample data set with known true effects (the project's own simulator), fits it and prints
        the estimates beside the truth. Output goes to --out (default out/demo).

Options:
  --out <dir>         output folder (created if missing; files of the same name are replaced)
  --config <file>     JSON: { "roles": { "date", "outcome", "mediator" (null for none), "social": [...],
                      "controls": [...] }, "dateOrder": "dayFirst"|"monthFirst",
                      "decimalSeparator": "."|",", "fit": { FitOptions },
                      "bootstrap": { "replicates": n, "tuning": "auto" | "retuned" | "fixed" } }
  --seed <n>          seed of every random draw (default 20240611, as in the task pane); same data + seed = same numbers
  --no-direct         no direct social -> revenue paths (social acts only through the mediator)
  --replicates <n>    bootstrap replicates for the 90% intervals (default 200; 0 = no intervals)
  --weeks <n>         demo only: weeks to simulate (default 104)
  --experiments <f>   lift tests to calibrate the fit with: a CSV with columns channel, start_week, end_week,
                      lift (or roas), standard_error and optionally path ("total" or "direct") and
                      readout_end_week (the last week the measured lift counts; blank = end_week)
  --threads <n>       worker threads for the bootstrap replicates (default: this machine's cores; 1 = none);
                      the numbers are identical for any count
  --stamp-time        write the time of the fit into model.json and report.html (default: none, so the same
                      data, settings and seed give byte-identical files)
  --quiet             no progress and no warnings on stderr (warnings are still in results.json)
`;

function toInteger(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new CliUsageError(`--${name} must be a whole number ≥ ${min} (got "${text}").`);
  }
  return value;
}

/**
 * Parses the runner's command line (node:util parseArgs, strict: unknown options are errors).
 *
 * @param args - process.argv without node and the script
 * @throws {CliUsageError} with a message naming the bad option and the usage
 */
export function parseCliArgs(args: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        config: { type: "string" },
        experiments: { type: "string" },
        seed: { type: "string" },
        weeks: { type: "string" },
        replicates: { type: "string" },
        threads: { type: "string" },
        "no-direct": { type: "boolean" },
        quiet: { type: "boolean" },
        "stamp-time": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === undefined || command === "help") return { kind: "help" };
  // The task pane's default seed, so the runner and the pane give the same intervals for the same data by default.
  const seed = toInteger("seed", values.seed, DEFAULT_BOOTSTRAP_SEED, 0);
  const replicates =
    values.replicates === undefined ? null : toInteger("replicates", values.replicates, 0, 0);
  const quiet = values.quiet ?? false;
  // Replicates run in parallel on this many worker threads; the numbers are the same for any count.
  const threads = toInteger("threads", values.threads, availableParallelism(), 1);
  const stampTime = values["stamp-time"] ?? false;
  if (command === "fit") {
    const csv = positionals[1];
    if (csv === undefined) throw new CliUsageError(`mmm fit needs a CSV file.\n\n${USAGE}`);
    if (values.out === undefined) throw new CliUsageError(`mmm fit needs --out <dir>.\n\n${USAGE}`);
    return {
      kind: "fit",
      csv,
      out: values.out,
      config: values.config ?? null,
      experiments: values.experiments ?? null,
      seed,
      directPaths: !(values["no-direct"] ?? false),
      replicates,
      threads,
      quiet,
      stampTime,
    };
  }
  if (command === "demo") {
    return {
      kind: "demo",
      out: values.out ?? "out/demo",
      seed,
      weeks: toInteger("weeks", values.weeks, 104, 52),
      replicates,
      threads,
      quiet,
      stampTime,
    };
  }
  throw new CliUsageError(`Unknown command "${command}".\n\n${USAGE}`);
}
