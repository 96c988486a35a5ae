// Intake refusals and warnings added for issue 14: huge values, number text, ignored columns, outcome/mediator.
import { describe, expect, it } from "@jest/globals";
import { MAX_ABS_VALUE } from "../../../src/core/data/constants";
import { toDataset } from "../../../src/core/data/toDataset";
import type { IngestionResult } from "../../../src/core/data/types";
import { weeklyGrid, withCell } from "./_helpers/weeklyGrid";

const all = (result: IngestionResult) => (result.ok ? result.warnings : result.issues);
const codes = (result: IngestionResult) =>
  all(result).map((issue) => `${issue.code}@${issue.cell}`);
const setColumn = (grid: unknown[][], column: number, value: (row: number) => unknown) =>
  grid.map((row, index) =>
    index === 0 ? row : row.map((cell, c) => (c === column ? value(index) : cell))
  );

describe("toDataset intake checks", () => {
  it.each([
    [1, 1e300],
    [6, 1e300],
    [6, -1e300],
    [4, "1e20"],
    [3, MAX_ABS_VALUE * 2],
  ])("refuses column %p holding %p, naming the cell and the rescaling fix", (column, value) => {
    const result = toDataset(withCell(weeklyGrid(30), 9, column, value));
    expect(result.ok).toBe(false);
    const letter = String.fromCharCode(65 + column);
    expect(codes(result)).toContain(`value_too_large@${letter}10`);
    expect(all(result).find((issue) => issue.code === "value_too_large")?.message).toMatch(
      /thousands/
    );
  });

  it("accepts a value at the limit", () => {
    expect(toDataset(withCell(weeklyGrid(30), 9, 6, MAX_ABS_VALUE)).ok).toBe(true);
  });

  it("reads percent, currency and thousands text as numbers", () => {
    let grid = withCell(weeklyGrid(30), 3, 1, "$2,500");
    grid = withCell(grid, 4, 5, "100%");
    grid = withCell(grid, 5, 6, "1,234,567.5");
    const result = toDataset(grid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.columns.facebook_spend?.[2]).toBe(2500);
    expect(result.dataset.columns.promotions?.[3]).toBe(1);
    expect(result.dataset.columns.revenue?.[4]).toBe(1234567.5);
  });

  it("reads 1.234,5 with the comma decimal separator and calls it ambiguous with the default", () => {
    const grid = withCell(weeklyGrid(30), 5, 6, "1.234,5");
    const comma = toDataset(grid, { decimalSeparator: "," });
    expect(comma.ok && comma.dataset.columns.revenue?.[4]).toBe(1234.5);
    expect(codes(toDataset(grid))).toEqual(["ambiguous_number@G6"]);
  });

  it("warns about every column without a role, saying why", () => {
    const grid = weeklyGrid(30).map((row, index) => [
      ...row,
      index === 0 ? "" : index,
      index === 0 ? "notes" : "launch",
      index === 0 ? "misc" : index,
      index === 0 ? "tv spend (estimate)" : index,
    ]);
    const result = toDataset(grid);
    expect(result.ok).toBe(true);
    const messages = all(result)
      .filter((issue) => issue.code === "unknown_column")
      .map((issue) => `${issue.cell}: ${issue.message}`);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/^H1: .*without a header/);
    expect(messages[1]).toMatch(/^I1: .*holds text/);
    expect(messages[2]).toMatch(/^J1: .*does not recognise/);
    expect(messages[3]).toMatch(/^K1: .*looks like spend/);
  });

  it.each([
    ["TikTok Cost", "social"],
    ["Facebook Spend", "social"],
    ["Instagram Investment", "social"],
    ["Paid Search", "mediator"],
    ["Search spend", "mediator"],
    ["Google Ads", "mediator"],
  ])("gives the header %p the role %p", (header, role) => {
    const column = role === "mediator" ? 3 : 1;
    const result = toDataset(withCell(weeklyGrid(30), 0, column, header));
    expect(result.columnRoles[column]?.role).toBe(role);
  });

  it.each([
    ["an all-zero outcome", 6, 0, "zero_outcome@G1"],
    ["an all-zero mediator", 3, 0, "zero_mediator@D1"],
  ])("refuses %p up front at its header", (_what, column, value, expected) => {
    const result = toDataset(setColumn(weeklyGrid(30), column, () => value));
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([expected]);
  });

  it("refuses a negative outcome at its cell", () => {
    const result = toDataset(withCell(weeklyGrid(30), 7, 6, -3));
    expect(codes(result)).toEqual(["negative_outcome@G8"]);
  });

  it("keeps an all-zero social channel as a warning", () => {
    const result = toDataset(setColumn(weeklyGrid(30), 1, () => 0));
    expect(result.ok).toBe(true);
    expect(codes(result)).toEqual(["all_zero_column@B1"]);
  });
});
