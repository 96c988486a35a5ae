import { basename } from "node:path";
import { toDataset } from "../core/data/toDataset";
import { validateLiftTests } from "../core/experiments/validateLiftTests";
import type { LiftTest } from "../core/experiments/types";
import { preflight } from "../core/pipeline/preflight";
import { runMmm } from "../core/pipeline/runMmm";
import { threadPoolExecutor } from "./pool/threadPoolExecutor";
import type { MmmRun } from "../core/pipeline/types";
import type { MmmResult } from "../core/model/types";
import type { Dataset } from "../core/types";
import { buildTables } from "../core/tables/buildTables";
import { csvFromTable } from "./csvFromTable";
import { buildRunReport } from "../report/buildRunReport";
import { formatIssues } from "./formatIssues";
import { loadRunConfig, type RunConfig } from "./loadConfig";
import { progressReporter } from "./progressReporter";
import { readCsvGrid } from "./readCsvGrid";
import { readCsvFile } from "./readCsvFile";
import { resultsJson } from "../core/pipeline/resultsJson";
import type { ResultsJson } from "../core/pipeline/resultsJsonTypes";
import { writeOutputs, type OutputFile } from "./writeOutputs";

/** Settings of one fit run, from the command line and --config. */
export interface FitRun {
  readonly csvText: string;
  readonly csvName: string;
  readonly config: RunConfig;
  readonly seed: number;
  readonly directPaths: boolean;
  readonly replicates: number | null;
  /** Worker threads for the bootstrap replicates; 1 or absent = this thread. Results do not depend on it. */
  readonly threads?: number;
  readonly quiet: boolean;
  /** Wall-clock time to stamp into the outputs (`--stamp-time`); absent = none, so reruns give the same bytes. */
  readonly fitTime?: string;
  /** The lift-test CSV's text and name (`--experiments`), or absent. */
  readonly experiments?: { readonly text: string; readonly name: string };
  /** Warnings found while reading the file (e.g. its encoding guessed), carried into results.json. */
  readonly fileWarnings?: readonly string[];
}

/** The decision layer computed on top of a fit: the pipeline's result (a step that failed is null). */
export type RunAnalysis = MmmRun;

/** Default bootstrap replicates of the runner (the issue's 200: enough for stable 5th/95th percentiles). */
export const DEFAULT_REPLICATES = 200;

/** What a successful run produced (kept in memory so callers such as the demo can print from it). */
export interface FitRunResult {
  readonly dataset: Dataset;
  readonly result: MmmResult;
  readonly analysis: RunAnalysis;
  readonly results: ResultsJson;
  readonly files: readonly OutputFile[];
}

/** Thrown when the data cannot be fitted; `message` lists every problem. Nothing has been written. */
export class RunDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RunDataError";
  }
}

/**
 * Reads, checks and fits one CSV and builds every output in memory. Writes nothing: see `writeRun`.
 * @throws {RunDataError} when ingestion finds errors (with all of them listed)
 */
export async function computeRun(run: FitRun): Promise<FitRunResult> {
  const separator =
    run.config.decimalSeparator === null ? {} : { decimalSeparator: run.config.decimalSeparator };
  const grid = readCsvGrid(run.csvText, run.csvName, separator);
  const ingestion = toDataset(grid, {
    roles: run.config.roles,
    ...(run.config.dateOrder === null ? {} : { dateOrder: run.config.dateOrder }),
    ...separator,
    sheetName: run.csvName,
  });
  if (!ingestion.ok) {
    throw new RunDataError(
      `${run.csvName} cannot be fitted as it is:\n${formatIssues(ingestion.issues)}`
    );
  }
  const dataset = ingestion.dataset;
  const inputWarnings = [...(run.fileWarnings ?? []), ...ingestion.warnings.map((w) => w.message)];
  // What the data can answer, shown before the fit starts (runMmm makes the same checks into results.json).
  const checks = preflight(dataset, run.config.fit);
  if (!run.quiet) {
    const lines = [
      ...[...inputWarnings, ...checks.warnings].map((w) => `  warning: ${w}`),
      ...checks.dataChecks
        .filter((c) => c.status !== "pass")
        .map((c) =>
          `  data check (${c.status}): ${c.title}. ${c.finding} ${c.recommendation}`.trimEnd()
        ),
    ];
    if (lines.length > 0) process.stderr.write(`${lines.join("\n")}\n`);
  }
  const liftTests = readLiftTests(run, dataset);
  const replicates = run.replicates ?? run.config.bootstrap.replicates ?? DEFAULT_REPLICATES;
  const analysis = await runMmm(
    dataset,
    {
      fit: {
        ...run.config.fit,
        directPaths: run.config.fit.directPaths ?? run.directPaths,
        ...(liftTests.length > 0 ? { liftTests } : {}),
        ...(run.fitTime === undefined ? {} : { fitTime: run.fitTime }),
      },
      bootstrap: {
        replicates,
        seed: run.seed,
        tuning: run.config.bootstrap.tuning ?? "auto",
        ...((run.threads ?? 1) > 1 ? { executor: threadPoolExecutor(run.threads ?? 1) } : {}),
      },
      budget: run.config.budget,
      inputWarnings,
    },
    { onProgress: progressReporter(run.quiet) }
  );
  const result = analysis.result;
  const results = resultsJson(analysis);
  const report = await buildRunReport(dataset, analysis, {
    source: run.csvName,
    ...(run.fitTime === undefined ? {} : { generatedAt: run.fitTime }),
  });
  const files: OutputFile[] = [
    { name: "results.json", text: JSON.stringify(results, jsonNumbers, 2) + "\n" },
    { name: "model.json", text: JSON.stringify(result.model) + "\n" },
    ...buildTables(analysis, dataset.weeks).map(csvFromTable),
    { name: "report.html", text: report },
  ];
  return { dataset, result, analysis, results, files };
}

/** JSON has no NaN or Infinity: write them as null rather than produce an unreadable file. */
function jsonNumbers(_key: string, value: unknown): unknown {
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  if (value instanceof Float64Array) return Array.from(value);
  return value;
}

/** The --experiments file's lift tests, checked against the data (every problem names its cell), or none. */
function readLiftTests(run: FitRun, dataset: Dataset): readonly LiftTest[] {
  if (!run.experiments) return run.config.fit.liftTests ?? [];
  const grid = readCsvGrid(run.experiments.text, run.experiments.name);
  const checked = validateLiftTests(
    grid,
    { weeks: dataset.weeks, social: dataset.roles.social },
    { sheetName: run.experiments.name }
  );
  if (!checked.ok) {
    throw new RunDataError(
      `${run.experiments.name} cannot be used as it is:\n` +
        checked.issues.map((issue) => `- ${issue.message}`).join("\n")
    );
  }
  return [...(run.config.fit.liftTests ?? []), ...checked.tests];
}

/** Reads a CSV and --config from disk into a FitRun. */
export function loadRun(
  csvPath: string,
  configPath: string | null,
  options: Pick<FitRun, "seed" | "directPaths" | "replicates" | "quiet" | "threads"> & {
    readonly stampTime?: boolean;
    readonly experiments?: string | null;
  }
): FitRun {
  const config = loadRunConfig(configPath);
  const csv = readCsvFile(csvPath);
  return {
    csvText: csv.text,
    ...(options.experiments
      ? {
          experiments: {
            text: readCsvFile(options.experiments).text,
            name: basename(options.experiments),
          },
        }
      : {}),
    ...(csv.warning === null ? {} : { fileWarnings: [csv.warning] }),
    ...(options.stampTime === true ? { fitTime: new Date().toISOString() } : {}),
    csvName: basename(csvPath),
    config,
    seed: options.seed,
    directPaths: options.directPaths,
    replicates: options.replicates,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    quiet: options.quiet,
  };
}

/** Computes a run and writes its files into `outDir` (all or nothing). */
export async function runFit(run: FitRun, outDir: string): Promise<FitRunResult> {
  const computed = await computeRun(run);
  writeOutputs(outDir, computed.files);
  return computed;
}
