import { CancelledError } from "../../core/errors";
import { EarlyOutputKeptError } from "../EarlyOutputKeptError";

/**
 * The failure bar's words for a run that stopped, saying what the workbook holds now.
 * @param error - What the run threw (EarlyOutputKeptError when point estimates were written and kept).
 * @returns The message.
 * @example failureMessage(new CancelledError()) // => "The fit was cancelled; nothing was written."
 */
export function failureMessage(error: unknown): string {
  if (error instanceof EarlyOutputKeptError) {
    const kept =
      `The point estimates written earlier stay on the ${error.report.sheets.length} MMM sheets, marked ` +
      "provisional on MMM Summary (no intervals, diagnostics or budget plan); fit again for those. Your data was " +
      "not changed.";
    return error.reason instanceof CancelledError
      ? `The fit was cancelled after the point estimates were written. ${kept}`
      : `${error.message} ${kept}`;
  }
  if (error instanceof CancelledError) return "The fit was cancelled; nothing was written.";
  return error instanceof Error ? error.message : String(error);
}
