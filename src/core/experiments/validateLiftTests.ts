import { cellAddress, qualifiedAddress } from "../data/_internal/cellAddress";
import { isoOfDay, parseDateCell } from "../data/_internal/parseDateCell";
import { readCell, type CellValue } from "../data/_internal/readCell";
import type { ColumnName } from "../types";
import { DEFAULT_LIFT_PATH, LIFT_TEST_HEADERS } from "./constants";
import { weekIndexOf } from "./liftTestWindow";
import type { LiftPath, LiftTest, LiftTestIssue, LiftTestValidation } from "./types";

/** Where the table sits on its sheet, so messages name real cells. */
export interface ValidateLiftTestsOptions {
  /** Sheet name for addresses. @defaultValue none (plain `D17`) */
  readonly sheetName?: string;
  /** Sheet row of the grid's first (header) row, 1-based. @defaultValue 1 */
  readonly firstRow?: number;
  /** Sheet column of the grid's first column, 1-based. @defaultValue 1 */
  readonly firstColumn?: number;
}

/** What the tests are checked against: the data's weeks and social channels. */
export interface LiftTestContext {
  /** The data's ISO week dates, oldest first: `[periods]`. */
  readonly weeks: readonly string[];
  /** Social channels of the model (a test must name one of them). */
  readonly social: readonly ColumnName[];
}

const squash = (text: string): string => text.toLowerCase().replace(/[\s_]+/g, "");
const PATHS: readonly LiftPath[] = ["total", "direct"];

/**
 * Reads and checks a table of lift tests (header row, then one test per row) against the data, collecting every
 * problem rather than stopping at the first: an unknown channel, a week that is not a date or lies outside the
 * data, an end before the start or a read-out end before the end, a missing or doubled measure (give the lift or
 * the ROAS), a standard error that is not above 0, an unknown path. Each issue names the cell and says how to fix
 * it. Blank rows are skipped.
 *
 * Headers (any case, spaces or underscores): channel, start_week, end_week, lift and/or roas, standard_error,
 * path (optional; blank = "total"), readout_end_week (optional; blank = end_week).
 *
 * @param grid - cell values as read from the sheet, header row first: `[rows][columns]`
 * @param context - the data's weeks and the model's social channels
 * @param options - where the grid sits (for cell addresses)
 * @returns `{ ok: true, tests }` or `{ ok: false, issues }`
 * @example
 * validateLiftTests([["channel", "start_week", "end_week", "lift", "standard_error"],
 *   ["tiktok_spend", "2024-03-04", "2024-04-22", 52000, 9000]], { weeks, social }); // => { ok: true, tests: [...] }
 * @see Zod's safeParse (issues collected, not thrown).
 */
export function validateLiftTests(
  grid: readonly (readonly unknown[])[],
  context: LiftTestContext,
  options: ValidateLiftTestsOptions = {}
): LiftTestValidation {
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 1;
  const where = (column: number, row: number): string =>
    qualifiedAddress(cellAddress(firstColumn + column, firstRow + row), options.sheetName);
  const issues: LiftTestIssue[] = [];
  const header = (grid[0] ?? []).map((cell) => squash(String(cell ?? "")));
  const columnOf = (name: string): number => header.indexOf(squash(name));
  const index = {
    channel: columnOf(LIFT_TEST_HEADERS.channel),
    startWeek: columnOf(LIFT_TEST_HEADERS.startWeek),
    endWeek: columnOf(LIFT_TEST_HEADERS.endWeek),
    lift: columnOf(LIFT_TEST_HEADERS.lift),
    roas: columnOf(LIFT_TEST_HEADERS.roas),
    standardError: columnOf(LIFT_TEST_HEADERS.standardError),
    path: columnOf(LIFT_TEST_HEADERS.path),
    readoutEndWeek: columnOf(LIFT_TEST_HEADERS.readoutEndWeek),
  };
  const required = ["channel", "startWeek", "endWeek", "standardError"] as const;
  for (const key of required) {
    if (index[key] < 0) {
      issues.push({
        code: "missing_column",
        column: LIFT_TEST_HEADERS[key],
        message: `The lift-test table has no '${LIFT_TEST_HEADERS[key]}' column; add it to the header row.`,
      });
    }
  }
  if (index.lift < 0 && index.roas < 0) {
    issues.push({
      code: "missing_column",
      column: LIFT_TEST_HEADERS.lift,
      message: "The lift-test table needs a 'lift' or a 'roas' column for the measured effect.",
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const tests: LiftTest[] = [];
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const read = (column: number): CellValue =>
      column < 0 ? { kind: "blank" } : readCell(cells[column]);
    if (cells.every((cell) => readCell(cell).kind === "blank")) continue;
    const row = firstRow + r;
    const before = issues.length;
    const place = (key: keyof typeof index) => ({
      column: LIFT_TEST_HEADERS[key],
      row,
      cell: where(index[key], r),
    });

    const channelCell = read(index.channel);
    const channel = channelCell.kind === "text" ? channelCell.text.trim() : "";
    if (!context.social.includes(channel)) {
      issues.push({
        code: "unknown_channel",
        ...place("channel"),
        message:
          `Cell ${where(index.channel, r)} names '${channel}', which is not a social channel of the model; ` +
          `choose one of: ${context.social.join(", ")}.`,
      });
    }
    const week = (
      key: "startWeek" | "endWeek" | "readoutEndWeek"
    ): { iso: string; index: number } | null => {
      const parsed = parseDateCell(read(index[key]));
      if (parsed.kind !== "day") {
        issues.push({
          code: "bad_week",
          ...place(key),
          message:
            key === "readoutEndWeek"
              ? `Cell ${where(index[key], r)} is not a date; write the last week of the test's read-out as ` +
                "yyyy-mm-dd, or leave it blank when the lift counts only the test weeks."
              : `Cell ${where(index[key], r)} is not a date; write the test's week as yyyy-mm-dd.`,
        });
        return null;
      }
      const iso = isoOfDay(parsed.day);
      const at = weekIndexOf(context.weeks, iso);
      if (at === null) {
        issues.push({
          code: "week_outside_data",
          ...place(key),
          message:
            `Cell ${where(index[key], r)} (${iso}) lies outside the data's weeks ` +
            `${context.weeks[0] ?? "?"} to ${context.weeks[context.weeks.length - 1] ?? "?"}; ` +
            (key === "readoutEndWeek"
              ? "add the read-out's weeks to the data, since the model must see every week the measured lift counts."
              : "a test can only calibrate weeks the model was fitted on."),
        });
        return null;
      }
      return { iso, index: at };
    };
    const start = week("startWeek");
    const end = week("endWeek");
    if (start && end && end.index < start.index) {
      issues.push({
        code: "week_order",
        ...place("endWeek"),
        message: `Cell ${where(index.endWeek, r)} (${end.iso}) is before the start week ${start.iso}; swap them.`,
      });
    }
    const readout = read(index.readoutEndWeek).kind === "blank" ? null : week("readoutEndWeek");
    if (readout && end && readout.index < end.index) {
      issues.push({
        code: "week_order",
        ...place("readoutEndWeek"),
        message:
          `Cell ${where(index.readoutEndWeek, r)} (${readout.iso}) is before the end week ${end.iso}; the ` +
          "read-out ends on or after the test's last week (leave it blank when the lift counts only the test weeks).",
      });
    }
    const number = (key: "lift" | "roas" | "standardError"): number | null => {
      const cell = read(index[key]);
      if (cell.kind === "blank") return null;
      if (cell.kind === "number" && Number.isFinite(cell.value)) return cell.value;
      issues.push({
        code: "non_numeric",
        ...place(key),
        message: `Cell ${where(index[key], r)} should be a number.`,
      });
      return null;
    };
    const lift = number("lift");
    const roas = number("roas");
    const standardError = number("standardError");
    if (
      lift === null &&
      roas === null &&
      read(index.lift).kind === "blank" &&
      read(index.roas).kind === "blank"
    ) {
      issues.push({
        code: "missing_measure",
        row,
        message: `Row ${row} has neither a lift nor a ROAS; enter the measured effect in one of them.`,
      });
    }
    if (lift !== null && roas !== null) {
      issues.push({
        code: "both_measures",
        row,
        message: `Row ${row} has both a lift and a ROAS; keep one (the standard error belongs to it).`,
      });
    }
    if (standardError !== null && !(standardError > 0)) {
      issues.push({
        code: "non_positive_standard_error",
        ...place("standardError"),
        message:
          `Cell ${where(index.standardError, r)} is ${standardError}; a standard error must be above 0 ` +
          "(take it from the test's report, e.g. half the width of a 68% interval).",
      });
    } else if (standardError === null && read(index.standardError).kind === "blank") {
      issues.push({
        code: "non_positive_standard_error",
        ...place("standardError"),
        message: `Cell ${where(index.standardError, r)} is blank; every test needs its standard error.`,
      });
    }
    const pathCell = read(index.path);
    const pathText = pathCell.kind === "text" ? pathCell.text.trim().toLowerCase() : "";
    const path = pathCell.kind === "blank" ? DEFAULT_LIFT_PATH : pathText;
    if (!PATHS.includes(path as LiftPath)) {
      issues.push({
        code: "bad_path",
        ...place("path"),
        message: `Cell ${where(index.path, r)} should be "total" or "direct" (or blank for total).`,
      });
    }
    if (issues.length === before && start && end && standardError !== null) {
      tests.push({
        channel,
        startWeek: start.iso,
        endWeek: end.iso,
        ...(readout ? { readoutEndWeek: readout.iso } : {}),
        lift,
        roas,
        standardError,
        path: path as LiftPath,
        row,
      });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, tests };
}
