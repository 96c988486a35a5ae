import type { ValidationIssue } from "../../core/errors";
import type { FitOptions, MmmResult } from "../../core/model/types";
import { columnLetters, quoteSheetName } from "../excel/a1";
import type { SelectionData } from "../excel/readSelection";
import type { AnalysisRequest } from "../fitOutcome";
import { liftTestCheck, type LiftTestCheck } from "./liftTestCheck";
import type { FitFormOptions, PaneState } from "./paneState";

/** True while the pane waits on Excel or the worker. */
export function isBusy(state: PaneState): boolean {
  return state.status === "reading" || state.status === "fitting" || state.status === "writing";
}

/**
 * True when a valid dataset is there, it has a mediator (or single stage is allowed), the lift tests (if any) have
 * no problems, and nothing runs.
 */
export function canFit(state: PaneState): boolean {
  return (
    !isBusy(state) &&
    state.ingestion?.ok === true &&
    missingMediatorIssue(state) === null &&
    liftTests(state).kind !== "issues"
  );
}

/**
 * The lift tests of the "MMM Experiments" sheet as last read, checked against the current data and roles.
 * @param state - Pane state.
 * @returns none, the tests, or their issues.
 * @example liftTests(INITIAL_PANE_STATE) // => { kind: "none" }
 */
export function liftTests(state: PaneState): LiftTestCheck {
  return liftTestCheck(
    state.experiments.kind === "present" ? state.experiments.sheet : null,
    state.ingestion
  );
}

/**
 * The pane's own blocking issue when the data have no mediator column: the add-in exists to split social effects
 * into direct and mediated parts, so a silent single-stage fit would answer another question.
 * @param state - Pane state.
 * @returns The issue, or null when there is a mediator, single stage is allowed, or no valid dataset yet.
 * @example missingMediatorIssue(stateWithoutGoogle)?.code // => "missing_column"
 */
export function missingMediatorIssue(state: PaneState): ValidationIssue | null {
  const ingestion = state.ingestion;
  if (!ingestion?.ok || ingestion.dataset.roles.mediator !== null || state.options.allowSingleStage)
    return null;
  return {
    code: "missing_column",
    severity: "error",
    message:
      "No mediator column was found (e.g. google_spend). Set one column's role to Mediator, or turn on " +
      "'Fit without a mediator' in Options for a single-stage model.",
  };
}

/**
 * The FitOptions fitMmm takes, from the Options form (bootstrap, seed and budget go to their own steps).
 * @param options - The form.
 * @returns Options for fitMmm.
 * @example toFitOptions(DEFAULT_FORM_OPTIONS) // => { holdoutShare: 0.2, cvFolds: null, directPaths: true }
 */
export function toFitOptions(options: FitFormOptions): FitOptions {
  return {
    holdoutShare: options.holdoutShare,
    cvFolds: options.cvFolds,
    directPaths: options.directPaths,
  };
}

/**
 * The analysis settings the worker runs after the fit (bootstrap, budget plan), from the Options form.
 * @param options - The form.
 * @returns Settings for runFitRequest.
 * @example toAnalysisRequest(DEFAULT_FORM_OPTIONS).bootstrapReplicates // => 200
 */
export function toAnalysisRequest(options: FitFormOptions): AnalysisRequest {
  return {
    bootstrapReplicates: options.bootstrapReplicates,
    seed: options.seed,
    bootstrapTuning: options.bootstrapTuning,
    budgetTotal: options.budgetTotal,
    budgetMinShare: options.budgetMin,
    budgetMaxShare: options.budgetMax,
  };
}

/**
 * Whether the date column holds dd/mm or mm/dd text that no day above 12 settles, so the pane must ask which.
 * @param state - The pane state.
 * @returns true when ingestion reported an ambiguous date order.
 * @example hasAmbiguousDates(stateWith("03/04/2024")) // => true
 */
export function hasAmbiguousDates(state: PaneState): boolean {
  return ingestionIssues(state).some((issue) => issue.code === "ambiguous_date_order");
}

/** Every ingestion issue (errors first, then warnings). */
export function ingestionIssues(state: PaneState): readonly ValidationIssue[] {
  const ingestion = state.ingestion;
  if (!ingestion) return [];
  const own = missingMediatorIssue(state);
  const issues = [...(own ? [own] : []), ...(ingestion.ok ? ingestion.warnings : ingestion.issues)];
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

/**
 * The sheet-qualified cell an issue points at, for "Go to cell", or null when it names no cell.
 * @param issue - An ingestion issue.
 * @param selection - Where the grid came from.
 * @returns e.g. `Sheet1!D17`.
 * @example issueAddress({ cell: "D17", ... }, { sheetName: "Sheet1", ... }) // => "Sheet1!D17"
 */
export function issueAddress(
  issue: ValidationIssue,
  selection: SelectionData | null
): string | null {
  if (!selection) return null;
  let cell = issue.cell ?? null;
  if (!cell && issue.row !== undefined && issue.columnIndex !== undefined)
    cell = `${columnLetters(selection.origin.column - 1 + issue.columnIndex)}${issue.row}`;
  if (!cell) return null;
  return cell.includes("!") ? cell : `${quoteSheetName(selection.sheetName)}!${cell}`;
}

/** Figures of the Results summary. */
export interface SummaryFigures {
  readonly stages: readonly {
    label: string;
    r2: number | null;
    mape: number | null;
    wape: number | null;
  }[];
  readonly shareMediated: readonly { channel: string; share: number | null }[];
  readonly elasticity: number | null;
  readonly promoLift: number | null;
}

/**
 * Picks the figures the Results summary shows from a fit result.
 * @param result - fitMmm's result.
 * @returns Holdout R²/MAPE/WAPE of each stage, share mediated per channel, price elasticity and promo lift.
 * @example summaryFigures(result).stages[0].label // => "revenue"
 */
export function summaryFigures(result: MmmResult): SummaryFigures {
  const stage = (
    label: string,
    holdout: { r2: number; mape: number; wape: number } | null | undefined
  ) => ({
    label,
    r2: holdout?.r2 ?? null,
    mape: holdout?.mape ?? null,
    wape: holdout?.wape ?? null,
  });
  const stages = [stage(result.roles.outcome, result.metrics.stage2.holdout)];
  if (result.metrics.stage1)
    stages.push(stage(result.roles.mediator ?? "mediator", result.metrics.stage1.holdout));
  return {
    stages,
    shareMediated: result.effects.channels.map((c) => ({
      channel: c.channel,
      share: c.shareMediated,
    })),
    elasticity: result.elasticity.value,
    promoLift: result.promoLift.value,
  };
}
