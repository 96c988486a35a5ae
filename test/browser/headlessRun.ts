/**
 * The headless runner's numbers for the e2e parity check: runs `computeRun` (src/cli/runFit.ts, what `npx mmm fit`
 * runs) on a CSV and also renders its tables through the task pane's own path (the one table model, core/tables'
 * `buildTables`, then `sheetFromTable`, via `resultSheets`), so e2e.mjs can compare the workbook's output sheets cell
 * by cell and the key figures against results.json.
 *
 *   npx tsx test/browser/headlessRun.ts <data.csv> <seed> <replicates> <out.json> [<source name>]
 *
 * Writes `{ results, sheets: [{ name, header, rows }], dashboard, report }` (results = results.json's object,
 * dashboard = dashboardSpec of the run, report = the runner's report.html text). The source name (default: the CSV's
 * file name) is what report.html prints as "Data: …": the pane prints its selection's address there, so the e2e
 * passes that address to compare the two reports byte for byte.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseRunConfig } from "../../src/cli/loadConfig";
import { computeRun } from "../../src/cli/runFit";
import { dashboardSpec } from "../../src/core/charts/dashboardSpec";
import { resultSheets } from "../../src/taskpane/sheets/resultSheets";

/** JSON has no NaN or Infinity (the runner writes null, as results.json does). */
const finite = (_key: string, value: unknown): unknown =>
  typeof value === "number" && !Number.isFinite(value)
    ? null
    : value instanceof Float64Array
      ? Array.from(value)
      : value;

/**
 * Runs the headless fit and writes the parity JSON.
 * @param args - csv path, seed, replicates, output path
 * @returns resolves when the file is written
 * @example await headlessRun(["data.csv", "20240611", "200", "out.json"]); // => out.json written
 */
export async function headlessRun(args: readonly string[]): Promise<void> {
  const [csv, seed, replicates, out, source] = args;
  if (!csv || !seed || !replicates || !out)
    throw new Error("usage: headlessRun.ts <csv> <seed> <replicates> <out.json>");
  const run = await computeRun({
    csvText: readFileSync(csv, "utf8"),
    csvName: source ?? basename(csv),
    config: parseRunConfig("{}", "config"),
    seed: Number(seed),
    directPaths: true,
    replicates: Number(replicates),
    quiet: true,
  });
  const sheets = resultSheets(run.analysis, run.dataset.weeks).map((sheet) => ({
    name: sheet.name,
    header: sheet.header,
    rows: sheet.rows,
    notes: sheet.notes ?? [],
  }));
  const dashboard = dashboardSpec(run.analysis, run.dataset.weeks);
  const report = run.files.find((file) => file.name === "report.html")?.text ?? null;
  writeFileSync(out, JSON.stringify({ results: run.results, sheets, dashboard, report }, finite));
}

headlessRun(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`headlessRun: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
