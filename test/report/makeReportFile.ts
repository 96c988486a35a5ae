/**
 * Writes report.html for one data set, for the browser check (test/browser/report.browser.mjs) and for a look by
 * hand: `npx tsx test/report/makeReportFile.ts (--demo | --csv <file>) --out <file.html> [--replicates <n>]`.
 * Fits with the defaults, then (unless --replicates 0) bootstrap intervals, diagnostics, sensitivity and the
 * budget plan, and builds the report. Prints the timings to stderr.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { bootstrapIntervals } from "../../src/core/analysis/bootstrapIntervals";
import { diagnoseFit } from "../../src/core/analysis/diagnoseFit";
import { planBudget } from "../../src/core/analysis/planBudget";
import { sensitivityAnalysis } from "../../src/core/analysis/sensitivityAnalysis";
import { toDataset } from "../../src/core/data/toDataset";
import { fitMmm } from "../../src/core/attribution/fitMmm";
import { simulateMmmData } from "../../src/core/simulate/simulateMmmData";
import { buildReport } from "../../src/report/buildReport";
import { readCsvGrid } from "../../src/cli/readCsvGrid";

/** Demo data seed, as `mmm demo`'s default. */
const DEMO_SEED = 1;
/** Fixed stamp so two runs give the same bytes. */
const GENERATED_AT = "2026-01-01T00:00:00Z";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      demo: { type: "boolean" },
      csv: { type: "string" },
      out: { type: "string" },
      replicates: { type: "string" },
    },
  });
  if (!values.out || (!values.demo && !values.csv)) {
    throw new Error(
      "usage: makeReportFile.ts (--demo | --csv <file>) --out <file.html> [--replicates <n>]"
    );
  }
  const replicates = Number(values.replicates ?? 100);
  const grid = values.csv
    ? readCsvGrid(readFileSync(values.csv, "utf8"))
    : simulateMmmData({ seed: DEMO_SEED }).grid;
  const source = values.csv ? basename(values.csv) : "demo-data.csv (simulated)";
  const ingested = toDataset(grid, { sheetName: source });
  if (!ingested.ok)
    throw new Error(
      `${source} did not ingest: ${ingested.issues.map((i) => i.message).join("; ")}`
    );
  const dataset = ingested.dataset;
  const timer = (label: string, started: number) =>
    process.stderr.write(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
  let started = performance.now();
  const result = await fitMmm(dataset, { fitTime: GENERATED_AT });
  timer("fit", started);
  started = performance.now();
  const intervals =
    replicates > 0
      ? await bootstrapIntervals(dataset, result, { replicates, seed: DEMO_SEED })
      : null;
  const analysis =
    replicates > 0
      ? {
          intervals,
          diagnostics: diagnoseFit(dataset, result),
          sensitivity: sensitivityAnalysis(result, intervals),
          budget: planBudget(result.model, {}, intervals?.replicateModels),
        }
      : {};
  timer("analysis", started);
  started = performance.now();
  const html = await buildReport({ dataset, result, analysis, source, generatedAt: GENERATED_AT });
  timer("report", started);
  writeFileSync(values.out, html);
  process.stderr.write(`wrote ${values.out} (${(html.length / 1024).toFixed(0)} KiB)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
