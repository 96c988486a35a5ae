import { describe, expect, it } from "@jest/globals";
// One test per issue code, asserting code, sheet row and column (not the wording, which lives in messages.ts).
import { InvalidParameterError, type ValidationIssue } from "../../../src/core/errors";
import { EXCEL_ERROR_VALUES, MAX_LISTED_CELLS, MAX_WEEKS } from "../../../src/core/data/constants";
import { toDataset } from "../../../src/core/data/toDataset";
import type { IngestionResult } from "../../../src/core/data/types";
import { weekIso, weeklyGrid, withCell } from "./_helpers/weeklyGrid";

const place = (issue: ValidationIssue | undefined) =>
  issue && { code: issue.code, severity: issue.severity, row: issue.row, column: issue.column };
const all = (result: IngestionResult) => (result.ok ? result.warnings : result.issues);
const only = (result: IngestionResult, code: string) =>
  all(result).filter((issue) => issue.code === code);

describe("toDataset issues", () => {
  it.each([
    ["no rows", []],
    [
      "blank cells only",
      [
        ["", " "],
        [null, undefined],
      ],
    ],
    ["something that is not a grid", "week,revenue" as unknown as unknown[][]],
  ])("reports empty_table for %s", (_label, grid) => {
    const result = toDataset(grid);
    expect(result.ok).toBe(false);
    expect(all(result).map(place)).toEqual([
      { code: "empty_table", severity: "error", row: undefined, column: undefined },
    ]);
  });

  it("reports no_header when no row is mostly text", () => {
    const result = toDataset([
      [1, 2, 3],
      [4, "x", 6],
    ]);
    expect(all(result).map(place)).toEqual([
      { code: "no_header", severity: "error", row: undefined, column: undefined },
    ]);
    expect(result.columnRoles).toEqual([]);
    expect(result.detectedRoles).toBeNull();
  });

  it("reports duplicate_header at the second header cell, as an error when the column is used", () => {
    const grid = withCell(weeklyGrid(30), 0, 2, "Facebook_Spend");
    const issue = only(toDataset(grid), "duplicate_header")[0];
    expect(place(issue)).toEqual({
      code: "duplicate_header",
      severity: "error",
      row: 1,
      column: "Facebook_Spend",
    });
    expect(issue?.cell).toBe("C1");
    expect(issue?.message).toContain("A1".replace("A", "B"));
  });

  it("reports duplicate_header as a warning when the repeated column is ignored", () => {
    const grid = weeklyGrid(30).map((row, index) => [
      ...row,
      index === 0 ? "notes" : "x",
      index === 0 ? "notes" : "y",
    ]);
    const result = toDataset(grid);
    expect(result.ok).toBe(true);
    expect(only(result, "duplicate_header").map(place)).toEqual([
      { code: "duplicate_header", severity: "warning", row: 1, column: "notes" },
    ]);
  });

  it("reports missing_column for a role naming a header that does not exist, listing the headers", () => {
    const result = toDataset(weeklyGrid(30), { roles: { mediator: "bing_spend" } });
    const issue = only(result, "missing_column")[0];
    expect(place(issue)).toEqual({
      code: "missing_column",
      severity: "error",
      row: 1,
      column: "bing_spend",
    });
    expect(issue?.message).toContain("'google_spend'");
  });

  it("reports missing_column when no date, outcome, spend or mediator column is recognised", () => {
    const grid = [
      ["when", "amount", "money"],
      ...weeklyGrid(30)
        .slice(1)
        .map((row) => [row[0], row[1], row[6]]),
    ];
    const issues = only(toDataset(grid), "missing_column");
    expect(issues.map(place)).toEqual([
      { code: "missing_column", severity: "error", row: 1, column: undefined },
      { code: "missing_column", severity: "error", row: 1, column: undefined },
      { code: "missing_column", severity: "error", row: 1, column: undefined },
      { code: "missing_column", severity: "error", row: 1, column: undefined },
    ]);
    expect(issues.map((issue) => issue.message).join(" ")).toMatch(
      /date.*outcome.*social.*mediator/s
    );
    expect(issues[3]?.message).toMatch(/single-stage/);
  });

  it("accepts a table without a mediator only when the mediator is explicitly none", () => {
    const grid = weeklyGrid(30).map((row) => row.filter((_cell, j) => j !== 3));
    expect(only(toDataset(grid), "missing_column")).toHaveLength(1);
    const single = toDataset(grid, { roles: { mediator: null } });
    expect(single.ok).toBe(true);
  });

  it("reports missing_value for a blank in a used numeric column", () => {
    const issues = all(toDataset(withCell(weeklyGrid(30), 16, 3, "")));
    expect(issues.map(place)).toEqual([
      { code: "missing_value", severity: "error", row: 17, column: "google_spend" },
    ]);
    expect(issues[0]?.cell).toBe("D17");
  });

  it.each([["$1,234x"], ["twelve"], [new Date(0)], [{ note: 1 }], [Number.NaN]])(
    "reports non_numeric for %p in a used numeric column",
    (value) => {
      const issues = all(toDataset(withCell(weeklyGrid(30), 5, 4, value)));
      expect(issues.map(place)).toEqual([
        { code: "non_numeric", severity: "error", row: 6, column: "average_price" },
      ]);
    }
  );

  it("reads TRUE/FALSE as 1/0 in a control but not in a spend column", () => {
    const flags = weeklyGrid(30).map((row, index) =>
      index === 0 ? row : [...row.slice(0, 5), index % 2 === 0, row[6]]
    );
    const result = toDataset(flags);
    expect(result.ok && Array.from(result.dataset.columns.promotions ?? []).slice(0, 2)).toEqual([
      0, 1,
    ]);
    const issues = all(toDataset(withCell(weeklyGrid(30), 5, 1, true)));
    expect(issues.map(place)).toEqual([
      { code: "non_numeric", severity: "error", row: 6, column: "facebook_spend" },
    ]);
  });

  it("reads numbers stored as text", () => {
    expect(toDataset(withCell(weeklyGrid(30), 5, 4, " 101.5 ")).ok).toBe(true);
  });

  it.each(EXCEL_ERROR_VALUES.map((value) => [value]))(
    "reports excel_error for %s in a numeric or date cell",
    (value) => {
      const grid = withCell(withCell(weeklyGrid(30), 9, 6, value), 11, 0, value);
      expect(all(toDataset(grid)).map(place)).toEqual([
        { code: "excel_error", severity: "error", row: 12, column: "week" },
        { code: "excel_error", severity: "error", row: 10, column: "revenue" },
      ]);
    }
  );

  it("reports negative_spend for social and mediator columns but not for price", () => {
    const grid = withCell(withCell(withCell(weeklyGrid(30), 3, 1, -5), 4, 3, -1), 5, 4, -2);
    expect(all(toDataset(grid)).map(place)).toEqual([
      { code: "negative_spend", severity: "error", row: 4, column: "facebook_spend" },
      { code: "negative_spend", severity: "error", row: 5, column: "google_spend" },
    ]);
  });

  it("reports duplicate_week at the repeated row, naming the first", () => {
    const grid = withCell(weeklyGrid(30), 12, 0, weekIso(3));
    const issues = all(toDataset(grid));
    expect(issues.map(place)).toContainEqual({
      code: "duplicate_week",
      severity: "error",
      row: 13,
      column: "week",
    });
    expect(issues.find((issue) => issue.code === "duplicate_week")?.message).toContain("row 5");
  });

  it("reports irregular_gap naming both weeks and the gap in days", () => {
    const grid = weeklyGrid(31);
    grid.splice(10, 1);
    const issues = all(toDataset(grid));
    expect(issues.map(place)).toEqual([
      { code: "irregular_gap", severity: "error", row: 11, column: "week" },
    ]);
    expect(issues[0]?.message).toMatch(/2023-02-26 \(row 10\).*2023-03-12.*14 days/);
  });

  it("reports too_few_periods for 10 weeks and accepts them with a lower minWeeks", () => {
    const issues = all(toDataset(weeklyGrid(10)));
    expect(issues.map(place)).toEqual([
      { code: "too_few_periods", severity: "error", row: 1, column: "week" },
    ]);
    expect(toDataset(weeklyGrid(10), { minWeeks: 10 }).ok).toBe(true);
  });

  it("refuses more rows than MAX_WEEKS at once, naming the date column and saying what to do", () => {
    const started = Date.now();
    const issues = all(toDataset(weeklyGrid(MAX_WEEKS + 1)));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(issues.map(place)).toEqual([
      { code: "too_many_periods", severity: "error", row: 1, column: "week" },
    ]);
    expect(issues[0]?.message).toMatch(/sum them to one row per week/);
    expect(toDataset(weeklyGrid(MAX_WEEKS)).ok).toBe(true);
  });

  it("warns constant_column and all_zero_column at the header cell and still succeeds", () => {
    const grid = weeklyGrid(30).map((row, index) =>
      index === 0 ? row : [row[0], row[1], 0, row[3], 100, ...row.slice(5)]
    );
    const result = toDataset(grid);
    expect(result.ok).toBe(true);
    expect(all(result).map(place)).toEqual([
      { code: "all_zero_column", severity: "warning", row: 1, column: "tiktok_spend" },
      { code: "constant_column", severity: "warning", row: 1, column: "average_price" },
    ]);
  });

  it("reports role_conflict for a column given two roles, at its header cell", () => {
    const result = toDataset(weeklyGrid(30), {
      roles: { mediator: "google_spend", social: ["facebook_spend", "google_spend"] },
    });
    expect(all(result).map(place)).toEqual([
      { code: "unknown_column", severity: "warning", row: 1, column: "tiktok_spend" },
      { code: "role_conflict", severity: "error", row: 1, column: "google_spend" },
    ]);
    expect(result.columnRoles[3]?.role).toBe("mediator");
  });

  it("reports geo_panel once, instead of one duplicate per row, and suggests summing geos", () => {
    const rows = weeklyGrid(30).slice(1);
    const grid = [
      ["region", ...weeklyGrid(0)[0]!],
      ...["North", "South"].flatMap((geo) => rows.map((row) => [geo, ...row])),
    ];
    const issues = all(toDataset(grid));
    expect(issues.map(place)).toEqual([
      { code: "geo_panel", severity: "error", row: 1, column: "region" },
    ]);
    expect(issues[0]?.message).toMatch(/national weekly series.*Sum/s);
  });

  it("reports all problems at once, not just the first", () => {
    let grid = weeklyGrid(30);
    grid = withCell(withCell(withCell(grid, 2, 1, -1), 3, 6, "#N/A"), 4, 5, "");
    const codes = all(toDataset(grid)).map((issue) => issue.code);
    expect(codes).toEqual(["negative_spend", "missing_value", "excel_error"]);
  });

  it("lists at most MAX_LISTED_CELLS cells per column and problem, then one summary", () => {
    // Every other row, so no two bad cells are neighbours and none are grouped into ranges.
    const grid = weeklyGrid(MAX_WEEKS).map((row, index) =>
      index === 0 || index % 2 === 0 ? row : [row[0], "x", ...row.slice(2)]
    );
    const issues = all(toDataset(grid));
    expect(issues).toHaveLength(MAX_LISTED_CELLS + 1);
    const summary = issues[MAX_LISTED_CELLS];
    expect(place(summary)).toEqual({
      code: "non_numeric",
      severity: "error",
      row: 2 + 2 * MAX_LISTED_CELLS,
      column: "facebook_spend",
    });
    expect(summary?.message).toContain(`${MAX_WEEKS / 2 - MAX_LISTED_CELLS} more cells`);
    expect(summary?.message).toContain(String(MAX_WEEKS));
  });

  it("groups a run of bad cells on consecutive rows into one range issue", () => {
    const grid = weeklyGrid(60).map((row, index) =>
      index >= 4 && index <= 39 ? [row[0], "tbd", ...row.slice(2)] : row
    );
    const issues = all(toDataset(grid));
    expect(issues.map((issue) => issue.cell)).toEqual(["B5:B40"]);
    expect(issues[0]?.message).toMatch(
      /^B5:B40 \(36 cells\) in column 'facebook_spend'.*"tbd" at B5/
    );
  });

  it("does not validate ignored columns", () => {
    const grid = weeklyGrid(30).map((row, index) => [
      ...row,
      index === 0 ? "events" : index % 2 ? "na" : "Easter",
    ]);
    const result = toDataset(grid);
    expect(result.ok).toBe(true);
    expect(result.columnRoles[7]).toEqual({ header: "events", columnIndex: 7, role: "ignored" });
  });

  it("validates a text column once it is given a role", () => {
    const grid = weeklyGrid(30).map((row, index) => [...row, index === 0 ? "events" : "na"]);
    const result = toDataset(grid, { roles: { controls: ["events"] } });
    expect(only(result, "non_numeric")[0]?.column).toBe("events");
  });

  it("returns a typed failure instead of throwing when reading the grid fails", () => {
    const hostile = new Proxy([] as unknown[][], {
      get(target, key) {
        if (key === "length") throw new Error("boom");
        return Reflect.get(target, key) as unknown;
      },
    });
    const result = toDataset(hostile);
    expect(all(result).map((issue) => issue.code)).toEqual(["empty_table"]);
    expect(all(result)[0]?.message).toContain("boom");
  });

  it.each([
    [{ minWeeks: 0 }, "minWeeks"],
    [{ minWeeks: 2.5 }, "minWeeks"],
    [{ dateOrder: "yearFirst" }, "dateOrder"],
    [{ origin: { row: 0, column: 1 } }, "origin"],
    [{ sheetName: 3 }, "sheetName"],
    [{ roles: "revenue" }, "roles"],
    [{ roles: { outcome: 3 } }, "roles.outcome"],
    [{ roles: { mediator: 3 } }, "roles.mediator"],
    [{ roles: { social: "facebook_spend" } }, "roles.social"],
  ])("rejects the malformed option %p with InvalidParameterError", (options, parameter) => {
    // @ts-expect-error deliberately ill-typed options
    const call = () => toDataset(weeklyGrid(30), options);
    expect(call).toThrow(InvalidParameterError);
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect((caught as InvalidParameterError).parameter).toBe(parameter);
  });
});
