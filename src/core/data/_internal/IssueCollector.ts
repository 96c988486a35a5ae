import type { ValidationIssue } from "../../errors";
import { moreCellsMessage } from "../messages";

interface Omitted {
  readonly first: ValidationIssue;
  count: number;
  lastRow: number;
}

/**
 * Gathers every issue found, listing at most `maxListed` cells per column and problem; the rest become one
 * summary issue (same code, severity and column) placed where the first omitted cell would have been.
 */
export class IssueCollector {
  private readonly entries: (ValidationIssue | Omitted)[] = [];
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
    const count = this.listed.get(key) ?? 0;
    if (count < this.maxListed) {
      this.listed.set(key, count + 1);
      this.entries.push(issue);
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
      (entry) => ("first" in entry ? entry.first : entry).severity === "error"
    );
  }

  /** The issues in the order found, summaries included. */
  issues(): readonly ValidationIssue[] {
    return this.entries.map((entry) => {
      if (!("first" in entry)) return entry;
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
      return summary;
    });
  }
}
