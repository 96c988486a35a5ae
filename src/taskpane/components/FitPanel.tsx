import * as React from "react";
import { Button, Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FitProgress, RunStatus } from "../state/paneState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/** Words for each run status shown under the progress bar. */
const STATUS_TEXT: Readonly<Record<RunStatus, string>> = {
  idle: "",
  reading: "Reading the selection…",
  fitting: "Fitting…",
  writing: "Writing result sheets…",
  done: "",
  failed: "",
};

/** Props of FitPanel. */
export interface FitPanelProps {
  readonly status: RunStatus;
  readonly progress: FitProgress | null;
  readonly canFit: boolean;
  readonly onFit: () => void;
  readonly onCancel: () => void;
}

/**
 * The Fit model button; while a fit runs, a ProgressBar with the current stage and a Cancel button.
 * @param props - See FitPanelProps.
 * @returns The panel.
 * @example <FitPanel status="fitting" progress={{ stage: "outcome search", done: 3, total: 10 }} canFit={false} onFit={fit} onCancel={cancel} />
 */
export function FitPanel(props: FitPanelProps): React.ReactElement {
  const styles = useStyles();
  const running = props.status === "fitting" || props.status === "writing";
  const progress = props.progress;
  const fraction =
    progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  const stageText =
    props.status !== "fitting"
      ? STATUS_TEXT[props.status]
      : progress
        ? `${progress.stage} (${progress.done}/${progress.total})`
        : "Fit finished; preparing the result sheets…";
  return (
    <section className={styles.root} aria-label="Fit">
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={props.onFit} disabled={!props.canFit}>
          Fit model
        </Button>
        {props.status === "fitting" && props.progress && (
          <Button onClick={props.onCancel}>Cancel</Button>
        )}
      </div>
      {running && (
        <Field validationMessage={stageText} validationState="none" label="Progress">
          <ProgressBar
            value={props.status === "writing" ? undefined : fraction}
            aria-label="Fit progress"
          />
        </Field>
      )}
      {!running && stageText && <Text>{stageText}</Text>}
    </section>
  );
}
