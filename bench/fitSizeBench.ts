/**
 * Times one fit with 0 bootstrap replicates (computeRun: ingestion, fit, tables, report) on long weekly tables, to
 * set MAX_WEEKS in src/core/data/constants.ts. The simulator stops at 520 weeks, so longer tables are 520-week
 * simulations (different seeds) laid end to end and re-dated week after week.
 * Run: `npx tsx bench/fitSizeBench.ts 104 2000 5000` (weeks as arguments).
 */
import Papa from "papaparse";
import { computeRun } from "../src/cli/runFit";
import { parseRunConfig } from "../src/cli/loadConfig";
import { longTable } from "./_shared/longTable";

async function bench(): Promise<void> {
  for (const weeks of process.argv.slice(2).map(Number)) {
    const grid = longTable(weeks);
    const csvText = Papa.unparse(grid);
    const started = Date.now();
    const run = await computeRun({
      csvText,
      csvName: "long.csv",
      config: parseRunConfig("{}", "config"),
      seed: 1,
      directPaths: true,
      replicates: Number(process.env.REPLICATES ?? 0),
      quiet: true,
    });
    const seconds = (Date.now() - started) / 1000;
    const report = run.files.find((file) => file.name === "report.html")?.text.length ?? 0;
    const rss = Math.round(process.memoryUsage().rss / 1e6);
    console.log(
      `${weeks} weeks x ${(grid[0] as unknown[]).length} columns: ${seconds.toFixed(1)} s, rss ${rss} MB, report.html ${Math.round(report / 1e3)} kB`
    );
  }
}

void bench();
