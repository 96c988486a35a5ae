/**
 * A real small run for the table tests: 78 simulated weeks, additive form (quick), 3 bootstrap replicates, and one
 * control column renamed to a spreadsheet formula so every renderer's injection guard is exercised on real data.
 */
import { toDataset } from "../../../src/core/data/toDataset";
import { runMmm } from "../../../src/core/pipeline/runMmm";
import type { MmmRun } from "../../../src/core/pipeline/types";
import type { Dataset } from "../../../src/core/types";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";

/** A header a spreadsheet would run as a formula if written as it is. */
export const INJECTED_HEADER = '=HYPERLINK("http://x","y")';

/** The simulated column renamed to {@link INJECTED_HEADER}. */
const RENAMED = "emails_send";

/** Weeks, seed and replicates of the small run (enough for every table, a few seconds). */
const WEEKS = 78;
const SEED = 7;
const REPLICATES = 3;

/** What the table tests need: the run, its dataset and its weeks. */
export interface SmallRun {
  readonly run: MmmRun;
  readonly dataset: Dataset;
  readonly weeks: readonly string[];
}

/**
 * Fits the small run.
 * @returns the run, its dataset and the dataset's weeks
 */
export async function smallRun(): Promise<SmallRun> {
  const grid = simulateMmmData({ seed: SEED, weeks: WEEKS }).grid.map((row) => [...row]);
  const header = grid[0] as unknown[];
  header[header.indexOf(RENAMED)] = INJECTED_HEADER;
  const ingestion = toDataset(grid, {
    roles: {
      controls: ["social_followers", "average_price", "promotions", INJECTED_HEADER, "sms_send"],
    },
  });
  if (!ingestion.ok) throw new Error(ingestion.issues.map((issue) => issue.message).join("\n"));
  const run = await runMmm(ingestion.dataset, {
    fit: { form: "additive" },
    bootstrap: { replicates: REPLICATES, seed: SEED },
  });
  return { run, dataset: ingestion.dataset, weeks: ingestion.dataset.weeks };
}
