import * as React from "react";
import { Caption1, Divider, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { CancelledError } from "../../core/errors";
import type { ColumnRole } from "../../core/types";
import type { FitRun, PaneAdapters } from "../adapters";
import { readSavedModel, savedModelJson } from "../../functions/savedModel";
import type { FittedModel } from "../../core/model/types";
import { topBudgetMove } from "../sheets/topBudgetMove";
import { resultSheets } from "../sheets/resultSheets";
import { changeColumnRole } from "../state/changeColumnRole";
import { ingestSelection } from "../state/ingestSelection";
import { INITIAL_PANE_STATE, type FitFormOptions } from "../state/paneState";
import { paneReducer } from "../state/paneReducer";
import {
  canFit,
  ingestionIssues,
  isBusy,
  issueAddress,
  summaryFigures,
  toAnalysisRequest,
  toFitOptions,
} from "../state/selectors";
import { DataStep } from "./DataStep";
import { FitPanel } from "./FitPanel";
import { IssueList } from "./IssueList";
import { OptionsPanel } from "./OptionsPanel";
import { ReplaceDialog, type ReplaceAnswer } from "./ReplaceDialog";
import { ResultsSummary } from "./ResultsSummary";
import { RunMessage } from "./RunMessage";

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

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Props of App. */
export interface AppProps {
  /** Excel calls and the fit worker (fakes in tests). */
  readonly adapters: PaneAdapters;
}

/**
 * The task pane: Data → Options → Fit model → Results. Holds the state (useReducer) and wires the presentational
 * components to the adapters. All sheets are computed before the first write; earlier output is replaced only after
 * the user confirms.
 * @param props - See AppProps.
 * @returns The pane.
 * @example createRoot(container).render(<App adapters={excelAdapters} />);
 */
export function App({ adapters }: AppProps): React.ReactElement {
  const styles = useStyles();
  const [state, dispatch] = React.useReducer(paneReducer, INITIAL_PANE_STATE);
  const runRef = React.useRef<FitRun | null>(null);
  const answerRef = React.useRef<((answer: ReplaceAnswer) => void) | null>(null);

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
      const ingestion = ingestSelection(selection, null, state.options.allowSingleStage);
      dispatch({ type: "selectionRead", selection, ingestion });
    } catch (error) {
      dispatch({ type: "failed", message: `The selection could not be read: ${messageOf(error)}` });
    }
  };

  const changeRole = (columnIndex: number, role: ColumnRole): void => {
    if (!state.selection || !state.ingestion) return;
    const entries = changeColumnRole(state.ingestion.columnRoles, columnIndex, role);
    dispatch({
      type: "rolesChanged",
      ingestion: ingestSelection(state.selection, entries, state.options.allowSingleStage),
    });
  };

  const changeOptions = (options: Partial<FitFormOptions>): void => {
    dispatch({ type: "optionsChanged", options });
    const allow = options.allowSingleStage;
    if (allow !== undefined && state.selection && state.ingestion) {
      const entries = state.ingestion.columnRoles.length > 0 ? state.ingestion.columnRoles : null;
      dispatch({
        type: "rolesChanged",
        ingestion: ingestSelection(state.selection, entries, allow),
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
    if (!state.ingestion?.ok) return;
    const dataset = state.ingestion.dataset;
    const started = adapters.now();
    dispatch({ type: "fitStarted" });
    const run = adapters.startFit(
      dataset,
      { ...toFitOptions(state.options), fitTime: adapters.fitTime() },
      {
        ...toAnalysisRequest(state.options),
        inputWarnings: state.ingestion.warnings.map((warning) => warning.message),
      },
      (progress) => dispatch({ type: "fitProgressed", progress })
    );
    runRef.current = run;
    try {
      const outcome = await run.result;
      runRef.current = null;
      dispatch({ type: "fitSucceeded", result: outcome });
      const sheets = resultSheets(outcome, dataset.weeks);
      const earlier = await adapters.listOutputSheets();
      let replacePrevious = false;
      if (earlier.length > 0) {
        const answer = await askReplace(earlier.map((sheet) => sheet.name));
        dispatch({ type: "replaceAnswered" });
        if (answer === "cancel") {
          dispatch({
            type: "failed",
            message: "Nothing was written: the earlier results were kept as they are.",
          });
          return;
        }
        replacePrevious = answer === "replace";
      }
      dispatch({ type: "writeStarted" });
      const report = await adapters.writeResultSheets(sheets, { replacePrevious });
      const elapsedMs = adapters.now() - started;
      // The model with its effects and holdout scores: what MMM.ROAS and MMM.MODEL read.
      const json = savedModelJson(outcome.result);
      await adapters.saveModel(json);
      adapters.publishModel(json);
      dispatch({ type: "writeSucceeded", report, elapsedMs });
      dispatch({ type: "savedModelFound", model: describeModel(outcome.result.model) });
    } catch (error) {
      runRef.current = null;
      const message =
        error instanceof CancelledError
          ? "The fit was cancelled; nothing was written."
          : messageOf(error);
      dispatch({ type: "failed", message });
    }
  };

  const cancel = (): void => runRef.current?.cancel();

  const answer = (value: ReplaceAnswer): void => {
    const resolve = answerRef.current;
    answerRef.current = null;
    resolve?.(value);
  };

  const issues = ingestionIssues(state).map((issue) => ({
    issue,
    address: issueAddress(issue, state.selection),
  }));
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
      <OptionsPanel options={state.options} disabled={isBusy(state)} onChange={changeOptions} />
      <FitPanel
        status={state.status}
        progress={state.progress}
        canFit={canFit(state)}
        onFit={() => void fit()}
        onCancel={cancel}
      />
      <RunMessage message={state.message} report={state.report} elapsedMs={state.elapsedMs} />
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
            figures={summaryFigures(state.result.result)}
            topBudgetMove={state.result.budget ? topBudgetMove(state.result.budget) : null}
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
