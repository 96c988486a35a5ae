import type { IngestionResult } from "../../core/data/types";
import type { DiagnosticStatus } from "../../core/diagnostics/checkStatus";
import { preflight } from "../../core/pipeline/preflight";
import { withReadableNames } from "../../core/tables/withReadableNames";
import type { FitFormOptions } from "./paneState";
import { toFitOptions } from "./selectors";

/** One before-fit data check the Data step shows. */
export interface DataCheckLine {
  readonly id: string;
  readonly status: Exclude<DiagnosticStatus, "pass">;
  /** The check in plain words: title, what was measured, what would help. */
  readonly text: string;
}

/**
 * The before-fit data checks that need a look (review or fail, fail first), in plain words, for the Data step. It
 * calls `preflight`, the same pure function the pipeline runs before its fit, on the ingested dataset with the
 * Options' fit settings, so the pane shows the same lines the run will report; nothing is computed here. A failed
 * read (ingestion not ok) has no lines: its issues are shown instead. Held channels (no training spend) are left to
 * the run's warnings.
 * @param ingestion - The pane's ingestion result, or null before the first read.
 * @param options - The Options form (holdout share, folds, direct paths change what the checks count).
 * @returns The lines, fail first.
 * @example dataCheckLines(state.ingestion, state.options)[0]?.text // => "TikTok spend is always on: …"
 * @see ../../core/pipeline/preflight.ts
 */
export function dataCheckLines(
  ingestion: IngestionResult | null,
  options: FitFormOptions
): readonly DataCheckLine[] {
  if (!ingestion?.ok) return [];
  const checks = preflight(ingestion.dataset, toFitOptions(options)).dataChecks;
  const line = (status: DataCheckLine["status"]): DataCheckLine[] =>
    checks
      .filter((check) => check.status === status)
      .map((check) => ({
        id: check.id,
        status,
        text: withReadableNames(
          [`${check.title}:`, check.finding, check.recommendation]
            .filter((text) => text.length > 0)
            .join(" "),
          check.columns
        ),
      }));
  return [...line("fail"), ...line("review")];
}
