import type { FitOutcome } from "../fitOutcome";
import { budgetSheet } from "./budgetSheet";
import { coefficientsSheet } from "./coefficientsSheet";
import { contributionsSheet } from "./contributionsSheet";
import { diagnosticsSheet } from "./diagnosticsSheet";
import { effectsSheet } from "./effectsSheet";
import { fittedSheet } from "./fittedSheet";
import type { SheetSpec } from "./SheetSpec";
import { sensitivitySheet } from "./sensitivitySheet";
import { summarySheet } from "./summarySheet";

/**
 * Builds every output sheet of a fit, in tab order, before anything is written (so a mapping error never leaves
 * half the output in the workbook). Diagnostics, Sensitivity and Budget are written when the run produced them.
 * @param outcome - The run's fit result and analysis.
 * @param weeks - ISO date of each week, oldest first (the Dataset's `weeks`): `[periods]`.
 * @returns The sheets: Summary, Coefficients, Effects, Fitted, Contributions, then Diagnostics, Sensitivity and Budget.
 * @example resultSheets(outcome, dataset.weeks).map((s) => s.name) // => ["MMM Summary", "MMM Coefficients", …]
 * @see ./SheetSpec.ts
 */
export function resultSheets(outcome: FitOutcome, weeks: readonly string[]): readonly SheetSpec[] {
  const { result } = outcome;
  return [
    summarySheet(result, outcome.notes, outcome.intervals),
    coefficientsSheet(result),
    effectsSheet(result, outcome.intervals),
    fittedSheet(result, weeks),
    contributionsSheet(result, weeks),
    ...(outcome.diagnostics ? [diagnosticsSheet(outcome.diagnostics)] : []),
    ...(outcome.sensitivity ? [sensitivitySheet(outcome.sensitivity)] : []),
    ...(outcome.budget ? [budgetSheet(outcome.budget)] : []),
  ];
}
