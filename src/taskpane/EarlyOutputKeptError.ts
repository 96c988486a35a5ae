import type { WriteReport } from "./excel/writeResultSheets";

/**
 * The run stopped (cancel, a worker failure, a failed final write) after its point estimates were written, and they
 * were kept. Why keep them: they are the finished fit's exact point estimates, the Summary marks them provisional in
 * words that stay true, the saved model matches them, and deleting them would also lose the earlier output the user
 * had agreed to replace.
 */
export class EarlyOutputKeptError extends Error {
  /**
   * @param reason - What stopped the run (CancelledError for a cancel).
   * @param report - The point estimates' write: the sheets kept.
   */
  constructor(
    readonly reason: unknown,
    readonly report: WriteReport
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = "EarlyOutputKeptError";
  }
}
