import type { FitDiagnostics } from "../../core/analysis/types";
import type { DiagnosticCheck } from "../../core/diagnostics/checkStatus";
import { FORMAT_GENERAL, FORMAT_NUMBER, SHEET_NAMES } from "../constants";
import type { CellValue, SheetSpec } from "./SheetSpec";

const finite = (value: number | undefined): CellValue =>
  value === undefined || !Number.isFinite(value) ? "" : value;

/** One row of a check. */
const checkRow = (stage: string, check: DiagnosticCheck): CellValue[] => [
  stage,
  check.label,
  check.status,
  finite(check.statistic),
  finite(check.pValue),
  check.message,
];

/**
 * Maps fit diagnostics to the MMM Diagnostics sheet: per stage, each residual, VIF and stability check with its
 * pass/review/fail status, statistic, p-value and plain-language finding, then the non-linear (random forest) check.
 * @param diagnostics - diagnoseFit's result.
 * @returns The sheet.
 * @example diagnosticsSheet(d).header // => ["Stage", "Check", "Status", "Statistic", "p-value", "Finding"]
 * @see https://developers.google.com/meridian/docs/post-modeling/model-debugging (pass/review/fail checks)
 */
export function diagnosticsSheet(diagnostics: FitDiagnostics): SheetSpec {
  const rows: CellValue[][] = diagnostics.stages.flatMap((stage) => [
    ...stage.residualChecks.map((check) => checkRow(stage.stage, check)),
    ...stage.stabilityChecks.map((check) => checkRow(stage.stage, check)),
  ]);
  if (diagnostics.nonLinear) rows.push(checkRow("outcome", diagnostics.nonLinear.check));
  return {
    name: SHEET_NAMES.diagnostics,
    header: ["Stage", "Check", "Status", "Statistic", "p-value", "Finding"],
    rows,
    numberFormats: [
      FORMAT_GENERAL,
      FORMAT_GENERAL,
      FORMAT_GENERAL,
      FORMAT_NUMBER,
      FORMAT_NUMBER,
      FORMAT_GENERAL,
    ],
  };
}
