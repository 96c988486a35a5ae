import type { MmmRun } from "../core/pipeline/types";
import type { Dataset } from "../core/types";
import { buildReport } from "./buildReport";

/** What a surface says about the report beyond the run: where the data came from and, when asked, a time. */
export interface RunReportOptions {
  /** Name of the data shown under the title (a CSV file name, a sheet range); left out when not given. */
  readonly source?: string;
  /**
   * Time stamp printed under the title. None by default: the same data and seed then give the same bytes on every
   * surface and every day; a caller that wants a time passes it explicitly.
   */
  readonly generatedAt?: string;
  /** Page title. @defaultValue "Marketing mix model report" */
  readonly title?: string;
}

/**
 * report.html of one pipeline run: the one entry the runner (src/cli/runFit.ts) and the task pane's worker both
 * call, so the two surfaces give the same bytes for the same data, seed and options.
 *
 * @param dataset - the dataset the run was fitted on
 * @param run - `runMmm`'s result (a null analysis step leaves its section out)
 * @param options - source name, optional time and title
 * @returns the HTML text of the page
 * @throws {Error} when a chart cannot be rendered (a bug in a chart spec)
 * @example
 * const html = await buildRunReport(dataset, await runMmm(dataset), { source: "weekly.csv" });
 * html.includes("Data: weekly.csv"); // => true
 */
export function buildRunReport(
  dataset: Dataset,
  run: MmmRun,
  options: RunReportOptions = {}
): Promise<string> {
  return buildReport({
    dataset,
    result: run.result,
    analysis: run,
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
    ...(options.title === undefined ? {} : { title: options.title }),
  });
}
