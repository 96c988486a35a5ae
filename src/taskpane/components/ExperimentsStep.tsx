import * as React from "react";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { EXPERIMENTS_SHEET_NAME } from "../constants";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** Props of ExperimentsStep. */
export interface ExperimentsStepProps {
  /** Lift tests that will calibrate the fit (0 = none, or problems listed beside). */
  readonly testCount: number;
  /** Whether the workbook has no "MMM Experiments" sheet (or it was not looked for yet): offers to add one. */
  readonly canAddSheet: boolean;
  readonly busy: boolean;
  readonly onAddSheet: () => void;
}

/**
 * The lift-test line of the Data step: how many tests from the experiments sheet will calibrate the fit, and an
 * "Add an experiments sheet" action while the workbook has none.
 * @param props - See ExperimentsStepProps.
 * @returns The line and/or the action, or null when there is nothing to say.
 * @example <ExperimentsStep testCount={2} canAddSheet={false} busy={false} onAddSheet={add} />
 */
export function ExperimentsStep(props: ExperimentsStepProps): React.ReactElement | null {
  const styles = useStyles();
  if (props.testCount === 0 && !props.canAddSheet) return null;
  return (
    <section className={styles.root} aria-label="Lift tests">
      {props.testCount > 0 && (
        <Text data-testid="lift-tests">
          {props.testCount} lift test{props.testCount === 1 ? "" : "s"} from{" "}
          {EXPERIMENTS_SHEET_NAME} will calibrate the fit
        </Text>
      )}
      {props.canAddSheet && (
        <>
          <Caption1>
            Have geo or on/off test results? Enter them on a sheet named {EXPERIMENTS_SHEET_NAME} to
            calibrate the fit.
          </Caption1>
          <Button size="small" disabled={props.busy} onClick={props.onAddSheet}>
            Add an experiments sheet
          </Button>
        </>
      )}
    </section>
  );
}
