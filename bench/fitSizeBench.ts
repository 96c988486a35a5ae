/**
 * Times one fit with 0 bootstrap replicates (computeRun: ingestion, fit, tables, report) on long weekly tables, to
 * set MAX_WEEKS in src/core/data/constants.ts. The simulator stops at 520 weeks, so longer tables are 520-week
 * simulations (different seeds) laid end to end and re-dated week after week.
 * Run: `npx tsx bench/fitSizeBench.ts 104 2000 5000` (weeks as arguments).
 */
import Papa from "papaparse";
import { computeRun } from "../src/cli/runFit";
import { parseRunConfig } from "../src/cli/loadConfig";
import { simulateMmmData } from "../src/core/simulate";

const BLOCK_WEEKS = 520;
const DAY_MS = 86_400_000;

/** A weekly table of `weeks` rows with the simulator's columns (5 channels), starting 2000-01-02. */
function longTable(weeks: number): unknown[][] {
  const rows: unknown[][] = [];
  let header: unknown[] = [];
  for (let seed = 11; rows.length < weeks; seed++) {
    const grid = simulateMmmData({ seed, weeks: BLOCK_WEEKS }).grid;
    header = [...(grid[0] as unknown[])];
    rows.push(...grid.slice(1).map((row) => [...row]));
  }
  const start = Date.UTC(2000, 0, 2);
  const table = rows.slice(0, weeks).map((row, i) => {
    row[0] = new Date(start + i * 7 * DAY_MS).toISOString().slice(0, 10);
    return row;
  });
  return [header, ...table];
}

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
