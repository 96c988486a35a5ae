/* global HTMLHeadingElement */
import * as React from "react";
import { Caption1, Divider, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneAdapters } from "../adapters";
import { readSavedModel } from "../../workbookModel/savedModel";
import { topBudgetMove } from "../sheets/topBudgetMove";
import { describeModel } from "../state/describeModel";
import { INITIAL_PANE_STATE } from "../state/paneState";
import { paneReducer } from "../state/paneReducer";
import { dataCheckLines } from "../state/dataCheckLines";
import { liftTestIssueItems } from "../state/liftTestCheck";
import { resultCardCalibration, resultCardChannels, resultCardVerdict } from "../state/resultCard";
import { progressAnnouncement, progressText, secondsLeft } from "../state/overallProgress";
import {
  canFit,
  hasAmbiguousDates,
  ingestionIssues,
  isBusy,
  issueAddress,
  liftTests,
  summaryFigures,
} from "../state/selectors";
import { DataChecks } from "./DataChecks";
import { DataStep } from "./DataStep";
import { DateOrderChoice } from "./DateOrderChoice";
import { ExperimentsStep } from "./ExperimentsStep";
import { useDataSelection } from "./useDataSelection";
import { useExperimentsSheet } from "./useExperimentsSheet";
import { useFitFlow } from "./useFitFlow";
import { useSaveReport } from "./useSaveReport";
import { FitPanel } from "./FitPanel";
import { IssueList } from "./IssueList";
import { OptionsPanel } from "./OptionsPanel";
import { ReplaceDialog } from "./ReplaceDialog";
import { ResultsSummary } from "./ResultsSummary";
import { RunMessage } from "./RunMessage";
import { SaveReport } from "./SaveReport";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "0",
    boxSizing: "border-box",
  },
});

/** Props of App. */
export interface AppProps {
  /** Excel calls and the fit worker (fakes in tests). */
  readonly adapters: PaneAdapters;
}

/**
 * The task pane: Data → Options → Fit model → Results. Holds the state (useReducer) and wires the presentational
 * components to the adapters through hooks: the data handlers (useDataSelection), the lift-test sheet
 * (useExperimentsSheet), the Fit flow (useFitFlow: answer first, the point estimates are written when the model is
 * fitted, then the same sheets are rewritten with the complete run; earlier output is replaced only after the user
 * confirms, asked before the fit) and report.html (useSaveReport).
 * @param props - See AppProps.
 * @returns The pane.
 * @example createRoot(container).render(<App adapters={excelAdapters} />);
 */
export function App({ adapters }: AppProps): React.ReactElement {
  const styles = useStyles();
  const [state, dispatch] = React.useReducer(paneReducer, INITIAL_PANE_STATE);
  const experiments = useExperimentsSheet(adapters, dispatch);
  const { useSelection, changeRole, changeOptions, goToCell } = useDataSelection(
    adapters,
    state,
    dispatch,
    experiments
  );
  const {
    status: reportStatus,
    save: saveReport,
    remember,
  } = useSaveReport(adapters, state.result);
  const { fit, cancel, answer } = useFitFlow({ adapters, state, dispatch, onFitted: remember });
  const resultHeadingRef = React.useRef<HTMLHeadingElement>(null);
  const finished = state.status === "done" && state.result !== null;
  // When the result is ready, focus moves to its heading (keyboard and screen-reader users land on the answer).
  React.useEffect(() => {
    if (finished) resultHeadingRef.current?.focus();
  }, [finished]);

  React.useEffect(() => {
    let live = true;
    adapters
      .loadModel()
      .then((json) => {
        if (live && json)
          dispatch({ type: "savedModelFound", model: describeModel(readSavedModel(json).model) });
      })
      // A missing or unreadable saved model only means there is nothing to describe; the pane works without it.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [adapters]);

  // The same preflight the run makes, once per read or change of roles/options (not on every progress tick).
  const checkLines = React.useMemo(
    () => dataCheckLines(state.ingestion, state.options),
    [state.ingestion, state.options]
  );
  const left = secondsLeft(state.progress, state.bootstrapStartedAt, state.progressAt ?? 0);
  const issues = ingestionIssues(state).map((issue) => ({
    issue,
    address: issueAddress(issue, state.selection),
  }));
  const tests = liftTests(state);
  const testIssues = liftTestIssueItems(
    tests,
    state.experiments.kind === "present" ? state.experiments.sheet : null
  );
  return (
    <main className={styles.root}>
      <Title3 as="h1">Mediation MMM</Title3>
      <DataStep
        address={state.selection?.address ?? null}
        weeks={state.ingestion?.ok ? state.ingestion.dataset.weeks.length : null}
        columns={state.ingestion?.columnRoles ?? []}
        busy={isBusy(state)}
        onUseSelection={() => void useSelection()}
        onRoleChange={changeRole}
      />
      <IssueList items={issues} onGoToCell={goToCell} />
      <IssueList items={testIssues} onGoToCell={goToCell} label="Problems in the lift tests" />
      <ExperimentsStep
        testCount={tests.kind === "tests" ? tests.tests.length : 0}
        canAddSheet={state.experiments.kind !== "present"}
        busy={isBusy(state)}
        onAddSheet={() => void experiments.add()}
      />
      <DataChecks lines={checkLines} />
      {(state.options.dateOrder !== null || hasAmbiguousDates(state)) && (
        <DateOrderChoice
          value={state.options.dateOrder}
          disabled={isBusy(state)}
          onChange={(dateOrder) => changeOptions({ dateOrder })}
        />
      )}
      <OptionsPanel options={state.options} disabled={isBusy(state)} onChange={changeOptions} />
      <FitPanel
        status={state.status}
        progress={state.progress}
        fraction={state.progressFraction}
        text={progressText(state.progress, state.status === "writing", left)}
        announcement={progressAnnouncement(state.progress, state.status === "writing", left)}
        canFit={canFit(state)}
        onFit={() => void fit()}
        onCancel={cancel}
      />
      <RunMessage
        message={state.message}
        notice={state.pointEstimatesNote ?? state.notice}
        report={state.report}
        elapsedMs={state.elapsedMs}
      />
      {state.savedModel && (
        <Caption1 data-testid="saved-model">
          This workbook holds a fitted model ({state.savedModel.weeks} weeks,{" "}
          {state.savedModel.start} to {state.savedModel.end}
          {state.savedModel.fitTime
            ? `, fitted ${state.savedModel.fitTime.slice(0, 16).replace("T", " ")} UTC`
            : ""}
          ).
        </Caption1>
      )}
      {state.result && (
        <>
          <Divider />
          <ResultsSummary
            headingRef={resultHeadingRef}
            provisional={
              state.result.complete ? null : state.status === "failed" ? "stopped" : "running"
            }
            figures={summaryFigures(state.result.result)}
            verdict={resultCardVerdict(state.result)}
            channels={resultCardChannels(state.result)}
            topBudgetMove={state.result.budget ? topBudgetMove(state.result.budget) : null}
            calibration={resultCardCalibration(state.result)}
          />
          <SaveReport
            status={reportStatus}
            disabled={isBusy(state)}
            onSave={() => void saveReport()}
          />
        </>
      )}
      <ReplaceDialog
        sheetNames={state.pendingReplace?.map((sheet) => sheet.name) ?? null}
        onAnswer={answer}
      />
    </main>
  );
}
