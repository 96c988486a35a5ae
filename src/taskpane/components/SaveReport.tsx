import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** Where the report is: not asked yet, being built, saved (with where it went), or failed (with why). */
export type ReportStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "building" }
  | { readonly kind: "saved"; readonly fileName: string }
  | { readonly kind: "failed"; readonly message: string };

/** Props of SaveReport. */
export interface SaveReportProps {
  readonly status: ReportStatus;
  readonly disabled: boolean;
  readonly onSave: () => void;
}

/**
 * The "Save report" button and what became of the report: it is built in the worker (the same report.html as
 * `mmm fit` writes) and handed to the browser as a download.
 * @param props - See SaveReportProps.
 * @returns The button and its status line.
 * @example <SaveReport status={{ kind: "idle" }} disabled={false} onSave={save} />
 */
export function SaveReport({ status, disabled, onSave }: SaveReportProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button onClick={onSave} disabled={disabled || status.kind === "building"}>
        {status.kind === "building" ? "Building the report…" : "Save report"}
      </Button>
      {status.kind === "saved" && (
        <Caption1 data-testid="report-saved">
          Saved {status.fileName} to your downloads folder (one self-contained page: open it in any
          browser).
        </Caption1>
      )}
      {status.kind === "failed" && (
        <Caption1 role="alert">The report could not be saved: {status.message}</Caption1>
      )}
    </div>
  );
}
