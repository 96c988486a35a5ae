import * as React from "react";
import type { IngestionSuccess } from "../../core/data/types";
import type { Dataset } from "../../core/types";
import { savedModelJson } from "../../workbookModel/savedModel";
import type { FitRun, PaneAdapters } from "../adapters";
import { EXPERIMENTS_SHEET_NAME } from "../constants";
import { EarlyOutputKeptError } from "../EarlyOutputKeptError";
import type { SelectionData } from "../excel/readSelection";
import type { FitOutcome } from "../fitOutcome";
import { writeFinalResults } from "../writeFinalResults";
import { writePointEstimates, type EarlyWrite } from "../writePointEstimates";
import type { PaneAction } from "../state/actions";
import { describeModel } from "../state/describeModel";
import { failureMessage } from "../state/failureMessage";
import { ingestSelection } from "../state/ingestSelection";
import { liftTestCheck, type LiftTestCheck } from "../state/liftTestCheck";
import type { FitFormOptions, PaneState } from "../state/paneState";
import { selectionChanged } from "../state/selectionChanged";
import { toAnalysisRequest, toFitOptions } from "../state/selectors";
import type { ReplaceAnswer } from "./ReplaceDialog";
import type { FittedData } from "./useSaveReport";

type Dispatch = React.Dispatch<PaneAction>;

/** Options of useFitFlow. */
export interface FitFlowOptions {
  readonly adapters: PaneAdapters;
  /** The pane's state of this render: Fit uses the selection, ingestion and options it was pressed with. */
  readonly state: PaneState;
  readonly dispatch: Dispatch;
  /** Called once a run completes, before anything is written, with the data it fitted (for its report). */
  readonly onFitted: (fitted: FittedData) => void;
}

/** What the Fit panel and the Replace dialog can do. */
export interface FitFlow {
  /** Fits the selection and writes the result sheets; every failure ends in a `failed` action, never a throw. */
  readonly fit: () => Promise<void>;
  /** Stops the running fit (nothing when none runs). */
  readonly cancel: () => void;
  /** The Replace dialog's answer to the question the running Fit asked. */
  readonly answer: (value: ReplaceAnswer) => void;
}

/** Whether and how to write, as the user answered before the fit. */
interface WriteChoice {
  readonly write: boolean;
  readonly replacePrevious: boolean;
}

/** The lift-test check of a fit that may go on. */
type UsableLiftTests = Exclude<LiftTestCheck, { readonly kind: "issues" }>;

/** Re-reads the block: the cells may have changed since Use selection, so the fit uses them as they are now. */
async function currentIngestion(
  adapters: PaneAdapters,
  dispatch: Dispatch,
  selection: SelectionData,
  ingestion: IngestionSuccess,
  options: FitFormOptions
): Promise<IngestionSuccess | null> {
  const fresh = await adapters.rereadSelection(selection);
  if (!selectionChanged(selection, fresh)) return ingestion;
  const refreshed = ingestSelection(
    fresh,
    ingestion.columnRoles,
    options.allowSingleStage,
    options.dateOrder
  );
  dispatch({
    type: "selectionRefreshed",
    selection: fresh,
    ingestion: refreshed,
    notice: "The selected cells changed since Use selection; the fit uses them as they are now.",
  });
  if (refreshed.ok) return refreshed;
  dispatch({
    type: "failed",
    message:
      "The selected cells changed since Use selection and now have problems (listed above). Nothing was fitted or written.",
  });
  return null;
}

/** The lift tests as they are now, checked against the data as they are now; null (reported) when they have issues. */
async function currentLiftTests(
  adapters: PaneAdapters,
  dispatch: Dispatch,
  ingestion: IngestionSuccess
): Promise<UsableLiftTests | null> {
  const sheet = await adapters.readExperiments();
  dispatch({ type: "experimentsRead", sheet });
  const tests = liftTestCheck(sheet, ingestion);
  if (tests.kind !== "issues") return tests;
  dispatch({
    type: "failed",
    message: `The ${EXPERIMENTS_SHEET_NAME} sheet has problems (listed above). Nothing was fitted or written.`,
  });
  return null;
}

/** Asks before computing, so the answer never waits on a finished fit and "Don't write" costs nothing extra. */
async function askWhetherToWrite(
  adapters: PaneAdapters,
  dispatch: Dispatch,
  askReplace: (names: readonly string[]) => Promise<ReplaceAnswer>
): Promise<WriteChoice> {
  const earlier = await adapters.listOutputSheets();
  if (earlier.length === 0) return { write: true, replacePrevious: false };
  const answer = await askReplace(earlier.map((sheet) => sheet.name));
  dispatch({ type: "replaceAnswered" });
  return { write: answer !== "cancel", replacePrevious: answer === "replace" };
}

/** Writes the point estimates of the provisional run and says so when they are on the sheets. */
async function writeEarly(
  adapters: PaneAdapters,
  dispatch: Dispatch,
  provisional: FitOutcome,
  dataset: Dataset,
  replacePrevious: boolean
): Promise<EarlyWrite | null> {
  const written = await writePointEstimates(adapters, provisional, dataset.weeks, replacePrevious);
  if (written)
    dispatch({
      type: "pointEstimatesWritten",
      notice: `The point estimates are on the MMM sheets (${written.report.sheets.length} sheets, marked provisional on MMM Summary); they are rewritten with intervals when the run completes.`,
    });
  return written;
}

/** Writes the complete run over the early sheets, then saves and publishes the model unless the early write did. */
async function writeComplete(
  adapters: PaneAdapters,
  dispatch: Dispatch,
  run: {
    readonly outcome: FitOutcome;
    readonly dataset: Dataset;
    readonly early: EarlyWrite | null;
    readonly replacePrevious: boolean;
    readonly started: number;
  }
): Promise<void> {
  dispatch({ type: "writeStarted" });
  const report = await writeFinalResults(
    adapters,
    run.outcome,
    run.dataset.weeks,
    run.early,
    run.replacePrevious
  );
  const elapsedMs = adapters.now() - run.started;
  if (!run.early?.modelSaved) {
    // The model with its effects and holdout scores: what MMM.ROAS and MMM.MODEL read.
    const json = savedModelJson(run.outcome.result);
    await adapters.saveModel(json);
    adapters.publishModel(json);
  }
  dispatch({ type: "writeSucceeded", report, elapsedMs });
  dispatch({ type: "savedModelFound", model: describeModel(run.outcome.result.model) });
}

/**
 * The Fit button's whole flow: re-read the selection, check the lift tests, ask whether to replace earlier output,
 * fit off the UI thread, write the point estimates as soon as the model is fitted (answer first), rewrite the same
 * sheets with the complete run, save the model; and Cancel and the Replace dialog's answer. It is one unit because
 * its parts share one run: the running fit (for Cancel), the pending question (for the dialog's answer), the
 * user's answer and the early write's promise, which the last steps need. Apart, they would be threaded through
 * App again. The handlers read the state of the render that made them (no memoisation), as App's did.
 * @param options - See FitFlowOptions.
 * @returns fit, cancel and answer.
 * @example const { fit, cancel, answer } = useFitFlow({ adapters, state, dispatch, onFitted: report.remember });
 */
export function useFitFlow({ adapters, state, dispatch, onFitted }: FitFlowOptions): FitFlow {
  const runRef = React.useRef<FitRun | null>(null);
  const answerRef = React.useRef<((answer: ReplaceAnswer) => void) | null>(null);

  const askReplace = (names: readonly string[]): Promise<ReplaceAnswer> =>
    new Promise((resolve) => {
      answerRef.current = resolve;
      dispatch({ type: "replaceAsked", sheets: names.map((name) => ({ id: name, name })) });
    });

  const fit = async (): Promise<void> => {
    if (!state.ingestion?.ok || !state.selection) return;
    const { selection, options } = state;
    const started = adapters.now();
    dispatch({ type: "fitStarted" });
    try {
      const ingestion = await currentIngestion(
        adapters,
        dispatch,
        selection,
        state.ingestion,
        options
      );
      if (!ingestion) return;
      const tests = await currentLiftTests(adapters, dispatch, ingestion);
      if (!tests) return;
      const dataset = ingestion.dataset;
      const { write, replacePrevious } = await askWhetherToWrite(adapters, dispatch, askReplace);
      // Answer first: the point estimates are written as soon as the model is fitted, then rewritten (same sheets,
      // no duplicates, dashboard added) when the run completes. What the first write wrote is kept in `early`.
      let early: Promise<EarlyWrite | null> = Promise.resolve(null);
      const run = adapters.startFit(
        dataset,
        {
          ...toFitOptions(options),
          fitTime: adapters.fitTime(),
          ...(tests.kind === "tests" ? { liftTests: tests.tests } : {}),
        },
        {
          ...toAnalysisRequest(options),
          inputWarnings: ingestion.warnings.map((warning) => warning.message),
        },
        (progress) => dispatch({ type: "fitProgressed", progress, at: adapters.now() }),
        (provisional) => {
          dispatch({ type: "fitProvisional", result: provisional, at: adapters.now() });
          if (write) early = writeEarly(adapters, dispatch, provisional, dataset, replacePrevious);
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
      onFitted({ dataset, source: selection.address });
      if (!write) {
        dispatch({
          type: "writeSkipped",
          notice:
            "The model was fitted and is shown below. Nothing was written to the workbook, as you chose; the earlier results are as they were.",
          elapsedMs: adapters.now() - started,
        });
        return;
      }
      await writeComplete(adapters, dispatch, {
        outcome,
        dataset,
        early: written,
        replacePrevious,
        started,
      });
    } catch (error) {
      runRef.current = null;
      dispatch({ type: "failed", message: failureMessage(error) });
    }
  };

  const cancel = (): void => runRef.current?.cancel();

  const answer = (value: ReplaceAnswer): void => {
    const resolve = answerRef.current;
    answerRef.current = null;
    resolve?.(value);
  };

  return { fit, cancel, answer };
}
