import * as React from "react";
import {
  Button,
  ProgressBar,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { FitProgress, RunStatus } from "../state/paneState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // While a run is on, the bar and Cancel stay in view as the pane scrolls to the point estimates below.
  running: {
    position: "sticky",
    top: "0",
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Read by screen readers, not shown (the visible sentence changes with every batch of replicates).
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/** Words for each run status shown when no run is on. */
const STATUS_TEXT: Readonly<Record<RunStatus, string>> = {
  idle: "",
  reading: "Reading the selection…",
  fitting: "",
  writing: "",
  done: "",
  failed: "",
};

/** Props of FitPanel. */
export interface FitPanelProps {
  readonly status: RunStatus;
  readonly progress: FitProgress | null;
  /** Position of the one overall bar across every step, 0–1 (overallFraction). */
  readonly fraction: number;
  /** The sentence under the bar: the phase, replicates done and the time left (progressText). */
  readonly text: string;
  /** What the polite live region announces: the phase and the rounded time left (progressAnnouncement). */
  readonly announcement: string;
  readonly canFit: boolean;
  readonly onFit: () => void;
  readonly onCancel: () => void;
}

/**
 * The Fit model button; while a run is on, one overall progress bar across every step (fit, intervals, diagnostics,
 * budget, writing) with a sentence giving the time left, and a Cancel button — kept in view (sticky) while the pane
 * scrolls. The bar is Fluent's ProgressBar (role=progressbar with its value); a polite live region announces the
 * phase and the time left.
 * @param props - See FitPanelProps.
 * @returns The panel.
 * @example <FitPanel status="fitting" progress={p} fraction={0.4} text="…" announcement="…" canFit={false} onFit={fit} onCancel={cancel} />
 */
export function FitPanel(props: FitPanelProps): React.ReactElement {
  const styles = useStyles();
  const running = props.status === "fitting" || props.status === "writing";
  const idleText = STATUS_TEXT[props.status];
  return (
    <section
      className={mergeClasses(styles.root, running && styles.running)}
      aria-label="Fit"
      data-testid="fit-panel"
    >
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={props.onFit} disabled={!props.canFit}>
          Fit model
        </Button>
        {props.status === "fitting" && props.progress && (
          <Button onClick={props.onCancel}>Cancel</Button>
        )}
      </div>
      {running && (
        <>
          <ProgressBar
            value={Math.min(1, Math.max(0, props.fraction))}
            max={1}
            thickness="large"
            aria-label="Overall progress"
            aria-valuetext={`${Math.round(100 * props.fraction)}%: ${props.text}`}
          />
          <Text data-testid="progress-text">{props.text}</Text>
          <span className={styles.visuallyHidden} aria-live="polite" data-testid="progress-live">
            {props.announcement}
          </span>
        </>
      )}
      {!running && idleText && <Text>{idleText}</Text>}
    </section>
  );
}
