import type { IngestionResult } from "../../core/data/types";
import type { LiftTest, LiftTestIssue } from "../../core/experiments/types";
import { validateLiftTests } from "../../core/experiments/validateLiftTests";
import { EXPERIMENTS_SHEET_NAME } from "../constants";
import { columnLetters, quoteSheetName } from "../excel/a1";
import type { ExperimentsSheetData } from "../excel/readExperimentsSheet";

/** What the "MMM Experiments" sheet means for the next fit. */
export type LiftTestCheck =
  /** No sheet, an empty one (header only), or no valid data yet to check it against. */
  | { readonly kind: "none" }
  | { readonly kind: "tests"; readonly tests: readonly LiftTest[] }
  /** Problems to fix first: they block Fit. */
  | { readonly kind: "issues"; readonly issues: readonly LiftTestIssue[] };

/** A lift-test issue as the pane lists it (IssueList's item): the message and the cell to go to. */
export interface LiftTestIssueItem {
  readonly issue: { readonly code: string; readonly severity: "error"; readonly message: string };
  readonly address: string;
}

const NONE: LiftTestCheck = { kind: "none" };

const isBlank = (cell: unknown): boolean =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/**
 * Checks the experiments sheet against the data (their weeks and social channels) with the core's
 * `validateLiftTests`, so issues name the sheet's real cells.
 * @param sheet - The sheet's cells, or null when the workbook has none.
 * @param ingestion - The data as read; tests are checked only against a valid dataset.
 * @returns none, the tests, or the issues.
 * @example liftTestCheck(headerOnly, ingestion) // => { kind: "none" }
 */
export function liftTestCheck(
  sheet: ExperimentsSheetData | null,
  ingestion: IngestionResult | null
): LiftTestCheck {
  if (!sheet || !ingestion?.ok) return NONE;
  if (sheet.values.every((row) => row.every(isBlank))) return NONE;
  const { dataset } = ingestion;
  const checked = validateLiftTests(
    sheet.values,
    { weeks: dataset.weeks, social: dataset.roles.social },
    {
      sheetName: EXPERIMENTS_SHEET_NAME,
      firstRow: sheet.origin.row,
      firstColumn: sheet.origin.column,
    }
  );
  if (!checked.ok) return { kind: "issues", issues: checked.issues };
  return checked.tests.length === 0 ? NONE : { kind: "tests", tests: checked.tests };
}

/**
 * The issues of a check as IssueList items: every message names the sheet, and every issue gets a cell to go to
 * (its own cell, else the first cell of its row, else the header row's first cell).
 * @param check - liftTestCheck's answer.
 * @param sheet - Where the cells were read.
 * @returns The items (empty unless the check has issues).
 * @example liftTestIssueItems(check, sheet)[0].address // => "'MMM Experiments'!C3"
 */
export function liftTestIssueItems(
  check: LiftTestCheck,
  sheet: ExperimentsSheetData | null
): readonly LiftTestIssueItem[] {
  if (check.kind !== "issues" || !sheet) return [];
  const sheetPrefix = `${quoteSheetName(EXPERIMENTS_SHEET_NAME)}!`;
  const firstColumn = columnLetters(sheet.origin.column - 1);
  return check.issues.map((issue) => ({
    issue: {
      code: issue.code,
      severity: "error" as const,
      message: issue.message.includes(EXPERIMENTS_SHEET_NAME)
        ? issue.message
        : `${EXPERIMENTS_SHEET_NAME} sheet: ${issue.message}`,
    },
    address: issue.cell ?? `${sheetPrefix}${firstColumn}${issue.row ?? sheet.origin.row}`,
  }));
}
