/* global HTMLHeadingElement */
import * as React from "react";
import { Caption1, Divider, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Dataset } from "../../core/types";
import { EXPERIMENTS_SHEET_NAME, REPORT_FILE_NAME } from "../constants";
import type { ColumnRole } from "../../core/types";
import type { FitRun, PaneAdapters } from "../adapters";
import type { FitOutcome } from "../fitOutcome";
import { EarlyOutputKeptError } from "../EarlyOutputKeptError";
import { writeFinalResults } from "../writeFinalResults";
import { writePointEstimates, type EarlyWrite } from "../writePointEstimates";
import { failureMessage } from "../state/failureMessage";
import type { SelectionData } from "../excel/readSelection";
import type { IngestionResult } from "../../core/data/types";
import { readSavedModel, savedModelJson } from "../../workbookModel/savedModel";
import type { FittedModel } from "../../core/model/types";
import { topBudgetMove } from "../sheets/topBudgetMove";
import { changeColumnRole } from "../state/changeColumnRole";
import { ingestSelection } from "../state/ingestSelection";
import { INITIAL_PANE_STATE, type FitFormOptions } from "../state/paneState";
import { paneReducer } from "../state/paneReducer";
import { dataCheckLines } from "../state/dataCheckLines";
import { liftTestCheck, liftTestIssueItems } from "../state/liftTestCheck";
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
  toAnalysisRequest,
  toFitOptions,
} from "../state/selectors";
import { DataChecks } from "./DataChecks";
import { DataStep } from "./DataStep";
import { DateOrderChoice } from "./DateOrderChoice";
import { ExperimentsStep } from "./ExperimentsStep";
import { useExperimentsSheet } from "./useExperimentsSheet";
import { FitPanel } from "./FitPanel";
import { IssueList } from "./IssueList";
import { OptionsPanel } from "./OptionsPanel";
import { ReplaceDialog, type ReplaceAnswer } from "./ReplaceDialog";
import { ResultsSummary } from "./ResultsSummary";
import { RunMessage } from "./RunMessage";
import { SaveReport, type ReportStatus } from "./SaveReport";

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

/** What the pane says about a saved model. */
const describeModel = (model: FittedModel) => ({
  fitTime: model.fitTime,
  start: model.data.start,
  end: model.data.end,
  weeks: model.data.weeks,
});

/** Whether the block read when Fit was pressed differs from the one read at Use selection. */
const selectionChanged = (before: SelectionData, now: SelectionData): boolean =>
  before.address !== now.address ||
  JSON.stringify(before.values) !== JSON.stringify(now.values) ||
  JSON.stringify(before.numberFormats) !== JSON.stringify(now.numberFormats);

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Props of App. */
export interface AppProps {
  /** Excel calls and the fit worker (fakes in tests). */
  readonly adapters: PaneAdapters;
}

/**
 * The task pane: Data → Options → Fit model → Results. Holds the state (useReducer) and wires the presentational
 * components to the adapters. Answer first: the point estimates are written when the model is fitted, then the same
 * sheets are rewritten with the complete run; every write is computed before it starts; earlier output is replaced
 * only after the user confirms (asked before the fit).
 * @param props - See AppProps.
 * @returns The pane.
 * @example createRoot(container).render(<App adapters={excelAdapters} />);
 */
export function App({ adapters }: AppProps): React.ReactElement {
  const styles = useStyles();
  const [state, dispatch] = React.useReducer(paneReducer, INITIAL_PANE_STATE);
  const runRef = React.useRef<FitRun | null>(null);
  const answerRef = React.useRef<((answer: ReplaceAnswer) => void) | null>(null);
  /** The data of the run on show (the selection may change after the fit; the report must match the run). */
  const fittedRef = React.useRef<{ dataset: Dataset; source: string | null } | null>(null);
  const experiments = useExperimentsSheet(adapters, dispatch);
  const [reportStatus, setReportStatus] = React.useState<ReportStatus>({ kind: "idle" });
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

  const useSelection = async (): Promise<void> => {
    dispatch({ type: "readStarted" });
    try {
      const selection = await adapters.readSelection();
      const ingestion = ingestSelection(
        selection,
        null,
        state.options.allowSingleStage,
        state.options.dateOrder
      );
      dispatch({ type: "selectionRead", selection, ingestion });
    } catch (error) {
      dispatch({ type: "failed", message: `The selection could not be read: ${messageOf(error)}` });
      return;
    }
    await experiments.read();
  };

  const changeRole = (columnIndex: number, role: ColumnRole): void => {
    if (!state.selection || !state.ingestion) return;
    const entries = changeColumnRole(state.ingestion.columnRoles, columnIndex, role);
    dispatch({
      type: "rolesChanged",
      ingestion: ingestSelection(
        state.selection,
        entries,
        state.options.allowSingleStage,
        state.options.dateOrder
      ),
    });
  };

  const changeOptions = (options: Partial<FitFormOptions>): void => {
    dispatch({ type: "optionsChanged", options });
    const rereads = options.allowSingleStage !== undefined || options.dateOrder !== undefined;
    if (rereads && state.selection && state.ingestion) {
      const entries = state.ingestion.columnRoles.length > 0 ? state.ingestion.columnRoles : null;
      dispatch({
        type: "rolesChanged",
        ingestion: ingestSelection(
          state.selection,
          entries,
          options.allowSingleStage ?? state.options.allowSingleStage,
          options.dateOrder === undefined ? state.options.dateOrder : options.dateOrder
        ),
      });
    }
  };

  const goToCell = (address: string): void => {
    adapters.selectCell(address).catch((error: unknown) => {
      dispatch({ type: "failed", message: `Could not go to ${address}: ${messageOf(error)}` });
    });
  };

  const askReplace = (names: readonly string[]): Promise<ReplaceAnswer> =>
    new Promise((resolve) => {
      answerRef.current = resolve;
      dispatch({ type: "replaceAsked", sheets: names.map((name) => ({ id: name, name })) });
    });

  const fit = async (): Promise<void> => {
    if (!state.ingestion?.ok || !state.selection) return;
    const started = adapters.now();
    dispatch({ type: "fitStarted" });
    try {
      // The cells may have changed since Use selection: fit what the workbook holds now.
      const fresh = await adapters.rereadSelection(state.selection);
      let ingestion: IngestionResult = state.ingestion;
      if (selectionChanged(state.selection, fresh)) {
        ingestion = ingestSelection(
          fresh,
          state.ingestion.columnRoles,
          state.options.allowSingleStage,
          state.options.dateOrder
        );
        dispatch({
          type: "selectionRefreshed",
          selection: fresh,
          ingestion,
          notice:
            "The selected cells changed since Use selection; the fit uses them as they are now.",
        });
        if (!ingestion.ok) {
          dispatch({
            type: "failed",
            message:
              "The selected cells changed since Use selection and now have problems (listed above). Nothing was fitted or written.",
          });
          return;
        }
      }
      if (!ingestion.ok) return;
      // The lift tests as they are now, checked against the data as they are now.
      const experimentsSheet = await adapters.readExperiments();
      dispatch({ type: "experimentsRead", sheet: experimentsSheet });
      const tests = liftTestCheck(experimentsSheet, ingestion);
      if (tests.kind === "issues") {
        dispatch({
          type: "failed",
          message: `The ${EXPERIMENTS_SHEET_NAME} sheet has problems (listed above). Nothing was fitted or written.`,
        });
        return;
      }
      const dataset = ingestion.dataset;
      // Ask before computing, so the answer never waits on a finished fit and "Don't write" costs nothing extra.
      const earlier = await adapters.listOutputSheets();
      let write = true;
      let replacePrevious = false;
      if (earlier.length > 0) {
        const answer = await askReplace(earlier.map((sheet) => sheet.name));
        dispatch({ type: "replaceAnswered" });
        write = answer !== "cancel";
        replacePrevious = answer === "replace";
      }
      // Answer first: the point estimates are written as soon as the model is fitted, then rewritten (same sheets,
      // no duplicates, dashboard added) when the run completes. What the first write wrote is kept in `early`.
      let early: Promise<EarlyWrite | null> = Promise.resolve(null);
      const writeEarly = async (provisional: FitOutcome): Promise<EarlyWrite | null> => {
        const written = await writePointEstimates(
          adapters,
          provisional,
          dataset.weeks,
          replacePrevious
        );
        if (written)
          dispatch({
            type: "pointEstimatesWritten",
            notice: `The point estimates are on the MMM sheets (${written.report.sheets.length} sheets, marked provisional on MMM Summary); they are rewritten with intervals when the run completes.`,
          });
        return written;
      };
      const run = adapters.startFit(
        dataset,
        {
          ...toFitOptions(state.options),
          fitTime: adapters.fitTime(),
          ...(tests.kind === "tests" ? { liftTests: tests.tests } : {}),
        },
        {
          ...toAnalysisRequest(state.options),
          inputWarnings: ingestion.warnings.map((warning) => warning.message),
        },
        (progress) => dispatch({ type: "fitProgressed", progress, at: adapters.now() }),
        (provisional) => {
          dispatch({ type: "fitProvisional", result: provisional, at: adapters.now() });
          if (write) early = writeEarly(provisional);
        }
      );
      runRef.current = run;
      let outcome: FitOutcome;
      try {
        outcome = await run.result;
      } catch (error) {
        runRef.current = null;
        const kept = await early;
        throw kept ? new EarlyOutputKeptError(error, kept.report) : error;
      }
      runRef.current = null;
      const written = await early;
      dispatch({ type: "fitSucceeded", result: outcome });
      fittedRef.current = { dataset, source: state.selection?.address ?? null };
      setReportStatus({ kind: "idle" });
      if (!write) {
        dispatch({
          type: "writeSkipped",
          notice:
            "The model was fitted and is shown below. Nothing was written to the workbook, as you chose; the earlier results are as they were.",
          elapsedMs: adapters.now() - started,
        });
        return;
      }
      dispatch({ type: "writeStarted" });
      const report = await writeFinalResults(
        adapters,
        outcome,
        dataset.weeks,
        written,
        replacePrevious
      );
      const elapsedMs = adapters.now() - started;
      if (!written?.modelSaved) {
        // The model with its effects and holdout scores: what MMM.ROAS and MMM.MODEL read.
        const json = savedModelJson(outcome.result);
        await adapters.saveModel(json);
        adapters.publishModel(json);
      }
      dispatch({ type: "writeSucceeded", report, elapsedMs });
      dispatch({ type: "savedModelFound", model: describeModel(outcome.result.model) });
    } catch (error) {
      runRef.current = null;
      dispatch({ type: "failed", message: failureMessage(error) });
    }
  };

  const cancel = (): void => runRef.current?.cancel();

  const saveReport = async (): Promise<void> => {
    const fitted = fittedRef.current;
    if (!fitted || !state.result) return;
    setReportStatus({ kind: "building" });
    try {
      // No time stamp: the same data and seed give the same bytes as `mmm fit` (see buildRunReport).
      const html = await adapters.buildReport(fitted.dataset, state.result, {
        ...(fitted.source === null ? {} : { source: fitted.source }),
      });
      adapters.saveFile(REPORT_FILE_NAME, html);
      setReportStatus({ kind: "saved", fileName: REPORT_FILE_NAME });
    } catch (error) {
      setReportStatus({ kind: "failed", message: messageOf(error) });
    }
  };

  const answer = (value: ReplaceAnswer): void => {
    const resolve = answerRef.current;
    answerRef.current = null;
    resolve?.(value);
  };

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
