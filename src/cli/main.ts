import { CliUsageError, parseCliArgs, USAGE } from "./parseCliArgs";
import { RunDataError, loadRun, runFit } from "./runFit";
import { runDemo } from "./runDemo";
import { MmmError } from "../core/errors";
import { RunnerInputError } from "./RunnerInputError";
import { assertOutputFolder } from "./writeOutputs";

/**
 * The headless runner (`npx mmm`). Returns the exit code: 0 done, 1 the data or options need fixing (nothing
 * written), 2 an unexpected failure.
 */
export async function main(args: readonly string[]): Promise<number> {
  try {
    const command = parseCliArgs(args);
    if (command.kind === "help") {
      process.stdout.write(USAGE);
      return 0;
    }
    if (command.kind === "demo") {
      await runDemo(command);
      return 0;
    }
    // Checked before the fit, so a wrong --out fails at once rather than after minutes of fitting.
    assertOutputFolder(command.out);
    const run = loadRun(command.csv, command.config, command);
    const done = await runFit(run, command.out);
    process.stdout.write(`Wrote ${done.files.map((f) => f.name).join(", ")} to ${command.out}\n`);
    return 0;
  } catch (error) {
    if (
      error instanceof CliUsageError ||
      error instanceof RunDataError ||
      error instanceof RunnerInputError ||
      error instanceof MmmError
    ) {
      process.stderr.write(`mmm: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
