import { describe, expect, it } from "@jest/globals";
import { IssueCollector } from "../../../../src/core/data/_internal/IssueCollector";
import type { ValidationIssue } from "../../../../src/core/errors";

const cellIssue = (row: number, columnIndex = 0): ValidationIssue => ({
  code: "missing_value",
  severity: "warning",
  column: `c${columnIndex}`,
  columnIndex,
  row,
  cell: `A${row}`,
  message: "blank",
});

describe("IssueCollector", () => {
  it("lists up to the cap per column and code, then one summary with the omitted rows", () => {
    const collector = new IssueCollector(2);
    [2, 4, 6, 9, 7].forEach((row) => collector.add(cellIssue(row)));
    collector.add(cellIssue(5, 1));
    const issues = collector.issues();
    expect(issues.map((issue) => [issue.row, issue.column, issue.cell])).toEqual([
      [2, "c0", "A2"],
      [4, "c0", "A4"],
      [6, "c0", undefined],
      [5, "c1", "A5"],
    ]);
    expect(issues[2]?.message).toContain("3 more cells in column 'c0'");
    expect(issues[2]?.message).toContain("rows 6–9");
    expect(collector.hasErrors()).toBe(false);
  });
  it("lists a run of at least MIN_GROUPED_CELLS consecutive rows as one range, shorter runs cell by cell", () => {
    const collector = new IssueCollector(20);
    [5, 6, 7, 8, 10, 11].forEach((row) => collector.add(cellIssue(row)));
    const issues = collector.issues();
    expect(issues.map((issue) => [issue.row, issue.cell])).toEqual([
      [5, "A5:A8"],
      [10, "A10"],
      [11, "A11"],
    ]);
    expect(issues[0]?.message).toMatch(
      /^A5:A8 \(4 cells\) in column 'c0' have the same problem\. First cell: blank/
    );
  });
  it("never caps table-level issues and notices errors in summaries", () => {
    const collector = new IssueCollector(0);
    collector.add({ code: "too_few_periods", severity: "error", message: "few" });
    collector.add({ code: "too_few_periods", severity: "error", message: "few" });
    expect(collector.issues()).toHaveLength(2);
    const capped = new IssueCollector(0);
    capped.add({ ...cellIssue(3), severity: "error" });
    expect(capped.hasErrors()).toBe(true);
  });
});
