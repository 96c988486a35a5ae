import { buildRunReport } from "../../report/buildRunReport";
import type { ReportRequest, ReportResponse } from "./fitProtocol";

/**
 * Builds report.html for a finished run and reports through `post`: the HTML or the error. Never throws. It calls
 * the same `buildRunReport` as the runner, so the pane's report equals `mmm fit`'s byte for byte for the same data,
 * seed and options. Vega (about 1 MB) therefore lives in the worker's bundle, not the pane's, and only ever renders
 * the report's own chart specs (data values inline; every text is escaped by Vega's SVG renderer).
 * @param request - The dataset, the run and the report options (source name, optional time).
 * @param post - Sends a message to the pane.
 * @returns Resolves when the final message has been posted.
 * @example await runReportRequest({ type: "report", dataset, run, options: {} }, post); // => posts { type: "report", html }
 */
export async function runReportRequest(
  request: ReportRequest,
  post: (message: ReportResponse) => void
): Promise<void> {
  try {
    post({
      type: "report",
      html: await buildRunReport(request.dataset, request.run, request.options),
    });
  } catch (error) {
    post({
      type: "error",
      name: error instanceof Error ? error.name : "Error",
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
