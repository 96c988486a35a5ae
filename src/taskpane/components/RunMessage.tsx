import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { WriteReport } from "../excel/writeResultSheets";

/** Props of RunMessage. */
export interface RunMessageProps {
  /** Failure or cancel message, shown as an error. */
  readonly message: string | null;
  /** A note that is not a failure (nothing written as chosen, cells re-read), shown as information. */
  readonly notice?: string | null;
  /** What the last successful run wrote. */
  readonly report: WriteReport | null;
  /** Milliseconds from Fit model to the last sheet written. */
  readonly elapsedMs: number | null;
}

/**
 * The outcome of the last run: an error bar with the message, or a success bar naming the sheets written.
 * The success bar carries data-elapsed-ms and data-sync-count for the browser test's timing report.
 * @param props - See RunMessageProps.
 * @returns The bar, or null when there is nothing to report.
 * @example <RunMessage message={null} report={report} elapsedMs={5400} />
 */
export function RunMessage({
  message,
  notice = null,
  report,
  elapsedMs,
}: RunMessageProps): React.ReactElement | null {
  const info = notice ? (
    <MessageBar intent="info" layout="multiline" data-testid="run-notice">
      <MessageBarBody>{notice}</MessageBarBody>
    </MessageBar>
  ) : null;
  if (message)
    return (
      <>
        {info}
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      </>
    );
  if (!report) return info;
  const seconds = elapsedMs === null ? "" : ` in ${(elapsedMs / 1000).toFixed(1)} s`;
  return (
    <>
      {info}
      <MessageBar
        intent="success"
        layout="multiline"
        data-testid="run-success"
        data-elapsed-ms={elapsedMs ?? ""}
        data-sync-count={report.syncCount}
      >
        <MessageBarBody>
          <MessageBarTitle>Wrote {report.sheets.length} sheets</MessageBarTitle>
          {report.sheets.map((sheet) => sheet.name).join(", ")}
          {seconds}.{report.replaced.length > 0 ? ` Replaced the earlier results.` : ""}
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
