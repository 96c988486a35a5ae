/**
 * The headless runner's numbers for the e2e parity check: runs `computeRun` (src/cli/runFit.ts, what `npx mmm fit`
 * runs) on a CSV and also renders its tables through the task pane's own path (the one table model, core/tables'
 * `buildTables`, then `sheetFromTable`, via `resultSheets`), so e2e.mjs can compare the workbook's output sheets cell
 * by cell and the key figures against results.json.
 *
 *   npx tsx test/browser/headlessRun.ts <data.csv> <seed> <replicates> <out.json>
 *
 * Writes `{ results, sheets: [{ name, header, rows }] }` (results = results.json's object).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseRunConfig } from "../../src/cli/loadConfig";
import { computeRun } from "../../src/cli/runFit";
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
  const [csv, seed, replicates, out] = args;
  if (!csv || !seed || !replicates || !out)
    throw new Error("usage: headlessRun.ts <csv> <seed> <replicates> <out.json>");
  const run = await computeRun({
    csvText: readFileSync(csv, "utf8"),
    csvName: basename(csv),
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
  }));
  writeFileSync(out, JSON.stringify({ results: run.results, sheets }, finite));
}

headlessRun(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`headlessRun: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
