import type { MmmResult } from "../../core/model/types";
import { coefficientsSheet } from "./coefficientsSheet";
import { contributionsSheet } from "./contributionsSheet";
import { effectsSheet } from "./effectsSheet";
import { fittedSheet } from "./fittedSheet";
import type { SheetSpec } from "./SheetSpec";
import { summarySheet } from "./summarySheet";

/**
 * Builds every output sheet of a fit, in tab order, before anything is written (so a mapping error never leaves
 * half the output in the workbook). Diagnostics, Sensitivity and Budget join when the core returns those objects.
 * @param result - fitMmm's result.
 * @param weeks - ISO date of each week, oldest first (the Dataset's `weeks`): `[periods]`.
 * @returns The sheets: Summary, Coefficients, Effects, Fitted, Contributions.
 * @example resultSheets(result, dataset.weeks).map((s) => s.name) // => ["MMM Summary", "MMM Coefficients", …]
 * @see ./SheetSpec.ts
 */
export function resultSheets(result: MmmResult, weeks: readonly string[]): readonly SheetSpec[] {
  return [
    summarySheet(result),
    coefficientsSheet(result),
    effectsSheet(result),
    fittedSheet(result, weeks),
    contributionsSheet(result, weeks),
  ];
}
