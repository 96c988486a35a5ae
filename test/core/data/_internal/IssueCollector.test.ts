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
    [2, 3, 4, 9, 7].forEach((row) => collector.add(cellIssue(row)));
    collector.add(cellIssue(5, 1));
    const issues = collector.issues();
    expect(issues.map((issue) => [issue.row, issue.column, issue.cell])).toEqual([
      [2, "c0", "A2"],
      [3, "c0", "A3"],
      [4, "c0", undefined],
      [5, "c1", "A5"],
    ]);
    expect(issues[2]?.message).toContain("3 more cells in column 'c0'");
    expect(issues[2]?.message).toContain("rows 4–9");
    expect(collector.hasErrors()).toBe(false);
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
