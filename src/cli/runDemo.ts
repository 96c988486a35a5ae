import Papa from "papaparse";
import { simulateMmmData } from "../core/simulate/simulateMmmData";
import { parseRunConfig } from "./loadConfig";
import type { CliCommand } from "./parseCliArgs";
import { computeRun } from "./runFit";
import { assertOutputFolder, writeOutputs } from "./writeOutputs";
import { demoSummary } from "./demoSummary";

/**
 * The main job for a newcomer: simulate sample data with known true effects (never the shared CSV), fit it
 * through exactly the runner's path, write the outputs and the simulated CSV, and print estimates beside the truth.
 */
export async function runDemo(command: Extract<CliCommand, { kind: "demo" }>): Promise<void> {
  const simulated = simulateMmmData({ seed: command.seed, weeks: command.weeks });
  const csvText =
    Papa.unparse(
      simulated.grid.map((row) => [...row]),
      { newline: "\n" }
    ) + "\n";
  if (!command.quiet) {
    process.stderr.write(`Simulated ${command.weeks} weeks (seed ${command.seed}); fitting…\n`);
  }
  assertOutputFolder(command.out);
  const started = performance.now();
  const run = await computeRun({
    csvText,
    csvName: "demo-data.csv",
    config: parseRunConfig("{}", "demo"),
    seed: command.seed,
    directPaths: true,
    replicates: command.replicates,
    threads: command.threads,
    quiet: command.quiet,
    ...(command.stampTime ? { fitTime: new Date().toISOString() } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  writeOutputs(command.out, [
    { name: "demo-data.csv", text: csvText },
    { name: "truth.json", text: JSON.stringify(simulated.truth, null, 2) + "\n" },
    ...run.files,
  ]);
  process.stdout.write(
    demoSummary(run.result, run.analysis, simulated.truth, seconds, command.out)
  );
}
