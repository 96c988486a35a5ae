import type { ValidationIssue } from "../../errors";
import { MIN_GROUPED_CELLS } from "../constants";
import { cellRunMessage, moreCellsMessage } from "../messages";

interface Omitted {
  readonly first: ValidationIssue;
  count: number;
  lastRow: number;
}

/** Cell issues of one code in one column on consecutive sheet rows, listed as one range when long enough. */
interface Run {
  readonly cells: ValidationIssue[];
}

/**
 * Gathers every issue found. Cell issues of one code in one column on consecutive rows form a run; a run of at
 * least {@link MIN_GROUPED_CELLS} cells is listed as one range issue (`D5:D40 (36 cells)`). At most `maxListed`
 * runs or cells are listed per column and problem; the rest become one summary issue (same code, severity and
 * column) placed where the first omitted cell would have been.
 */
export class IssueCollector {
  private readonly entries: (ValidationIssue | Omitted | Run)[] = [];
  private readonly lastRun = new Map<string, Run>();
  private readonly listed = new Map<string, number>();
  private readonly omitted = new Map<string, Omitted>();

  constructor(private readonly maxListed: number) {}

  /** Records an issue; cell-level issues beyond the cap for their column and code are counted, not listed. */
  add(issue: ValidationIssue): void {
    if (issue.cell === undefined || issue.row === undefined) {
      this.entries.push(issue);
      return;
    }
    const key = `${issue.code}\u0000${issue.columnIndex ?? -1}`;
    const run = this.lastRun.get(key);
    const last = run?.cells[run.cells.length - 1];
    if (run && last?.row === issue.row - 1 && last.severity === issue.severity) {
      run.cells.push(issue);
      return;
    }
    const count = this.listed.get(key) ?? 0;
    if (count < this.maxListed) {
      this.listed.set(key, count + 1);
      const fresh: Run = { cells: [issue] };
      this.lastRun.set(key, fresh);
      this.entries.push(fresh);
      return;
    }
    const known = this.omitted.get(key);
    if (known) {
      known.count += 1;
      known.lastRow = Math.max(known.lastRow, issue.row);
      return;
    }
    const fresh: Omitted = { first: issue, count: 1, lastRow: issue.row };
    this.omitted.set(key, fresh);
    this.entries.push(fresh);
  }

  /** True when an issue of severity `error` was recorded. */
  hasErrors(): boolean {
    return this.entries.some(
      (entry) =>
        ("first" in entry ? entry.first : "cells" in entry ? entry.cells[0] : entry)?.severity ===
        "error"
    );
  }

  /** The issues in the order found, summaries included. */
  issues(): readonly ValidationIssue[] {
    return this.entries.flatMap((entry): ValidationIssue[] => {
      if ("cells" in entry) return groupRun(entry.cells);
      if (!("first" in entry)) return [entry];
      const { first, count, lastRow } = entry;
      const firstRow = first.row ?? lastRow;
      const summary: ValidationIssue = {
        code: first.code,
        severity: first.severity,
        ...(first.column === undefined ? {} : { column: first.column }),
        ...(first.columnIndex === undefined ? {} : { columnIndex: first.columnIndex }),
        row: firstRow,
        message: moreCellsMessage(first.column ?? "", count, firstRow, lastRow),
      };
      return [summary];
    });
  }
}

/** A run's cells one by one when short, else one issue for the range that quotes its first cell's message. */
function groupRun(cells: readonly ValidationIssue[]): ValidationIssue[] {
  const first = cells[0];
  const last = cells[cells.length - 1];
  if (first === undefined || last === undefined || cells.length < MIN_GROUPED_CELLS)
    return [...cells];
  const range = `${first.cell ?? ""}:${last.cell ?? ""}`;
  return [
    {
      ...first,
      cell: range,
      message: cellRunMessage(first.column ?? "", range, cells.length, first.message),
    },
  ];
}
