import { checkDataAdequacy } from "../health/checkDataAdequacy";
import type { DataCheck } from "../health/types";
import { unspentTrainingChannels } from "../model/unspentTrainingChannels";
import type { FitOptions } from "../model/types";
import type { Dataset } from "../types";

/** What is known about the data before any fit. */
export interface Preflight {
  /** Pass / review / fail lines about what the data can answer (empty when the checks could not run). */
  readonly dataChecks: readonly DataCheck[];
  /** Channels with no spend in any training week (held at current spend by the budget plan). */
  readonly heldChannels: readonly string[];
  /** Plain warnings to show before the fit. */
  readonly warnings: readonly string[];
  /** Why the data checks could not run, or null. */
  readonly failure: string | null;
}

/**
 * The checks made before a fit, in well under a second: data adequacy (weeks per parameter, always-on channels,
 * collinearity, zero weeks, outcome breaks) and channels the training weeks never saw spent. `runMmm` makes them, and
 * the runner and the pane call this too so they can show the lines before the fit starts; the same data and options
 * give the same lines.
 * @param dataset - the validated data
 * @param fit - the fit options the run will use (holdout share, Fourier order, …)
 * @returns the checks, the held channels and their warnings
 * @example preflight(dataset, {}).dataChecks.filter((c) => c.status !== "pass"); // => always-on channels, …
 */
export function preflight(dataset: Dataset, fit: FitOptions = {}): Preflight {
  try {
    const unspent = unspentTrainingChannels(
      dataset,
      fit.holdoutShare === undefined ? {} : { holdoutShare: fit.holdoutShare }
    );
    return {
      dataChecks: checkDataAdequacy(dataset, { fit }),
      heldChannels: unspent.channels,
      warnings: unspent.warning === null ? [] : [unspent.warning],
      failure: null,
    };
  } catch (error) {
    return {
      dataChecks: [],
      heldChannels: [],
      warnings: [],
      failure: error instanceof Error ? error.message : String(error),
    };
  }
}
