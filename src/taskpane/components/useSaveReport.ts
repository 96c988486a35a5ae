import * as React from "react";
import type { Dataset } from "../../core/types";
import type { PaneAdapters } from "../adapters";
import { REPORT_FILE_NAME } from "../constants";
import type { FitOutcome } from "../fitOutcome";
import { messageOf } from "../state/messageOf";
import type { ReportStatus } from "./SaveReport";

/** The data a completed run was fitted on, kept for its report. */
export interface FittedData {
  readonly dataset: Dataset;
  /** Sheet-qualified address of the fitted block (the report names it), or null when unknown. */
  readonly source: string | null;
}

/** What the pane can do with report.html. */
export interface ReportSaving {
  /** Where the report is (SaveReport's status). */
  readonly status: ReportStatus;
  /** Builds the report of the run on show and hands it to the browser; failures become the status, never a throw. */
  readonly save: () => Promise<void>;
  /** Keeps the data of a run that just completed and clears the previous save's status (it was another run's). */
  readonly remember: (fitted: FittedData) => void;
}

/**
 * Saving report.html of the run on show. The data are kept from the moment the run completed, not read from the
 * state at Save: the selection may change after the fit, and the report must match the run.
 * @param adapters - The pane's adapters (buildReport, saveFile).
 * @param result - The run on show (the state's `result`), or null.
 * @returns status, save and remember.
 * @example const report = useSaveReport(adapters, state.result); report.remember({ dataset, source }); await report.save();
 */
export function useSaveReport(adapters: PaneAdapters, result: FitOutcome | null): ReportSaving {
  const fittedRef = React.useRef<FittedData | null>(null);
  const [status, setStatus] = React.useState<ReportStatus>({ kind: "idle" });

  const remember = (fitted: FittedData): void => {
    fittedRef.current = fitted;
    setStatus({ kind: "idle" });
  };

  const save = async (): Promise<void> => {
    const fitted = fittedRef.current;
    if (!fitted || !result) return;
    setStatus({ kind: "building" });
    try {
      // No time stamp: the same data and seed give the same bytes as `mmm fit` (see buildRunReport).
      const html = await adapters.buildReport(fitted.dataset, result, {
        ...(fitted.source === null ? {} : { source: fitted.source }),
      });
      adapters.saveFile(REPORT_FILE_NAME, html);
      setStatus({ kind: "saved", fileName: REPORT_FILE_NAME });
    } catch (error) {
      setStatus({ kind: "failed", message: messageOf(error) });
    }
  };

  return { status, save, remember };
}
