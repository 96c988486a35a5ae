import { buildTables } from "../../core/tables/buildTables";
import type { FitOutcome } from "../fitOutcome";
import { sheetFromTable } from "./sheetFromTable";
import type { SheetSpec } from "./SheetSpec";

/**
 * Builds every output sheet of a run, in tab order, before anything is written (so a mapping error never leaves
 * half the output in the workbook): the one table model's tables, each rendered by `sheetFromTable`.
 * @param outcome - The run (`runMmm`'s result).
 * @param weeks - ISO date of each week, oldest first (the Dataset's `weeks`): `[periods]`.
 * @returns The sheets: Summary, Coefficients, Effects, Fitted, Contributions, then Diagnostics, Sensitivity, Budget
 *   and Response curves when the run produced them.
 * @example resultSheets(outcome, dataset.weeks).map((s) => s.name) // => ["MMM Summary", "MMM Coefficients", …]
 * @see ../../core/tables/buildTables.ts
 */
export function resultSheets(outcome: FitOutcome, weeks: readonly string[]): readonly SheetSpec[] {
  return buildTables(outcome, weeks).map(sheetFromTable);
}
