import { describe, expect, it } from "@jest/globals";
import type { ValidationIssue } from "../../../src/core/errors";
import { toDataset } from "../../../src/core/data/toDataset";
import type {
  IngestionFailure,
  IngestionResult,
  IngestionSuccess,
} from "../../../src/core/data/types";
import { weekIso, weeklyGrid, withCell, WEEKLY_HEADERS } from "./_helpers/weeklyGrid";

function passed(result: IngestionResult): IngestionSuccess {
  if (!result.ok)
    throw new Error(`expected success, got ${result.issues.map((i) => i.message).join(" | ")}`);
  return result;
}
function failed(result: IngestionResult): IngestionFailure {
  if (result.ok) throw new Error("expected failure");
  return result;
}
/** The issue's code, sheet row and column, as every issue test asserts. */
const place = (issue: ValidationIssue | undefined) =>
  issue && { code: issue.code, row: issue.row, column: issue.column, cell: issue.cell };

describe("toDataset on a clean table", () => {
  const result = passed(toDataset(weeklyGrid(30)));

  it("reads every week in order with its sheet row", () => {
    expect(result.dataset.weeks).toHaveLength(30);
    expect(result.dataset.weeks[0]).toBe("2023-01-01");
    expect(result.dataset.sourceRows.slice(0, 3)).toEqual([2, 3, 4]);
  });
  it("detects the roles from the headers", () => {
    expect(result.dataset.roles).toEqual({
      date: "week",
      outcome: "revenue",
      mediator: "google_spend",
      social: ["facebook_spend", "tiktok_spend"],
      controls: ["average_price", "promotions"],
    });
  });
  it("keeps numeric columns as Float64Array in week order, without the date column", () => {
    expect(Object.keys(result.dataset.columns).sort()).toEqual([...WEEKLY_HEADERS].slice(1).sort());
    expect(result.dataset.columns.facebook_spend).toBeInstanceOf(Float64Array);
    expect(result.dataset.columns.revenue?.[1]).toBe(20101);
  });
  it("lists every column with its role for the task pane", () => {
    expect(result.columnRoles.map((entry) => entry.role)).toEqual([
      "date",
      "social",
      "social",
      "mediator",
      "control",
      "control",
      "outcome",
    ]);
    expect(result.columnRoles[3]).toEqual({
      header: "google_spend",
      columnIndex: 3,
      role: "mediator",
    });
    expect(result.dataset.headers).toEqual(WEEKLY_HEADERS);
  });
  it("has no warnings", () => {
    expect(result.warnings).toEqual([]);
  });
  it("does not change its input", () => {
    const grid = weeklyGrid(30).reverse();
    const copy = JSON.stringify(grid);
    toDataset(grid);
    expect(JSON.stringify(grid)).toBe(copy);
  });
});

describe("toDataset layout", () => {
  it("sorts weeks given newest first and keeps each week's sheet row", () => {
    const [header, ...rows] = weeklyGrid(30);
    const dataset = passed(toDataset([header as unknown[], ...rows.reverse()])).dataset;
    expect(dataset.weeks[0]).toBe("2023-01-01");
    expect(dataset.sourceRows[0]).toBe(31);
    expect(dataset.sourceRows[29]).toBe(2);
  });
  it("skips title rows above the header but counts them in row numbers", () => {
    const grid = [["Weekly marketing data", "", ""], ["", "", ""], ...weeklyGrid(30)];
    const result = passed(toDataset(grid));
    expect(result.dataset.sourceRows[0]).toBe(4);
    const broken = failed(toDataset(withCell(grid, 5, 3, "")));
    expect(place(broken.issues[0])).toEqual({
      code: "missing_value",
      row: 6,
      column: "google_spend",
      cell: "D6",
    });
  });
  it("skips blank rows and blank columns around the data", () => {
    const grid = weeklyGrid(30).map((row) => [...row, "", ""]);
    grid.splice(5, 0, ["", "", "", "", "", "", "", "", ""]);
    grid.push(["", ""], []);
    const dataset = passed(toDataset(grid)).dataset;
    expect(dataset.weeks).toHaveLength(30);
    expect(dataset.headers).toHaveLength(7);
  });
  it("names rows and cells from the origin and quotes the sheet name in messages", () => {
    const grid = withCell(weeklyGrid(30), 15, 2, "");
    const issue = failed(toDataset(grid, { origin: { row: 3, column: 2 }, sheetName: "Sheet1" }))
      .issues[0];
    expect(place(issue)).toEqual({
      code: "missing_value",
      row: 18,
      column: "tiktok_spend",
      cell: "D18",
    });
    expect(issue?.message).toContain("Sheet1!D18");
    const quoted = failed(toDataset(grid, { sheetName: "My data" })).issues[0];
    expect(quoted?.message).toContain("'My data'!C16");
  });
  it("gives the message of toDataset's documentation example", () => {
    const grid = withCell(weeklyGrid(30), 14, 3, "");
    const result = failed(toDataset(grid, { origin: { row: 3, column: 2 }, sheetName: "Data" }));
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "Column 'google_spend' has a blank cell at Data!E17; enter a number (0 for no spend or no activity).",
    ]);
  });
  it("names columns past Z with two letters", () => {
    const grid = withCell(weeklyGrid(30), 2, 6, "n/a");
    const issue = failed(toDataset(grid, { origin: { row: 1, column: 27 } })).issues[0];
    expect(issue?.cell).toBe("AG3");
  });
});

describe("toDataset dates", () => {
  // Excel: =DATEVALUE("2023-09-17") is 45186 (serial epoch 1899-12-30).
  it("reads Excel serial dates (45186 is 2023-09-17)", () => {
    const grid = weeklyGrid(30).map((row, index) =>
      index === 0 ? row : [45186 + 7 * (index - 1), ...row.slice(1)]
    );
    expect(passed(toDataset(grid)).dataset.weeks[0]).toBe("2023-09-17");
  });
  it("reads JavaScript Date objects at local or UTC midnight", () => {
    const grid = weeklyGrid(30).map((row, index) =>
      index === 0 ? row : [new Date(Date.UTC(2023, 0, 1 + 7 * (index - 1))), ...row.slice(1)]
    );
    grid[2] = [new Date(2023, 0, 8), ...(grid[2] as unknown[]).slice(1)];
    expect(passed(toDataset(grid)).dataset.weeks.slice(0, 2)).toEqual(["2023-01-01", "2023-01-08"]);
  });
  const asText = (order: "dayFirst" | "monthFirst") =>
    weeklyGrid(30).map((row, index) => {
      if (index === 0) return row;
      const [year, month, day] = weekIso(index - 1).split("-");
      return [
        order === "dayFirst" ? `${day}/${month}/${year}` : `${month}/${day}/${year}`,
        ...row.slice(1),
      ];
    });
  it("infers day-first text dates from a day above 12", () => {
    expect(passed(toDataset(asText("dayFirst"))).dataset.weeks[2]).toBe("2023-01-15");
  });
  it("infers month-first text dates from a day above 12", () => {
    expect(passed(toDataset(asText("monthFirst"))).dataset.weeks[5]).toBe("2023-02-05");
  });
  it("follows options.dateOrder and reports dates that do not exist in that order", () => {
    const result = failed(toDataset(asText("dayFirst"), { dateOrder: "monthFirst" }));
    expect(place(result.issues.find((issue) => issue.code === "bad_date"))).toEqual({
      code: "bad_date",
      row: 4,
      column: "week",
      // Rows 4–6 are all unreadable month-first: they come as one range issue.
      cell: "A4:A6",
    });
  });
  it("asks for the date order when no day is above 12", () => {
    const grid = [
      ["week", "fb_spend", "revenue"],
      ["01/02/2023", 1, 5],
      ["08/02/2023", 2, 6],
    ];
    const issues = failed(toDataset(grid, { minWeeks: 2, roles: { mediator: null } })).issues;
    expect(issues.map(place)).toEqual([
      { code: "ambiguous_date_order", row: 1, column: "week", cell: "A1" },
    ]);
    const chosen = passed(
      toDataset(grid, { minWeeks: 2, dateOrder: "dayFirst", roles: { mediator: null } })
    );
    expect(chosen.dataset.weeks).toEqual(["2023-02-01", "2023-02-08"]);
  });
  it("reads two-digit years and ISO dates with a time", () => {
    const grid = [
      ["date", "fb_spend", "sales"],
      ["17/09/23", 1, 5],
      ["2023-09-24T00:00:00", 2, 6],
    ];
    expect(
      passed(toDataset(grid, { minWeeks: 2, roles: { mediator: null } })).dataset.weeks
    ).toEqual(["2023-09-17", "2023-09-24"]);
  });
  it.each([
    ["not a date", "not a date"],
    ["an impossible date", "2023-02-30"],
    ["a blank date", ""],
    ["a boolean", true],
    ["a number that is no serial", -5],
  ])("reports %s as bad_date with its row and column", (_label, value) => {
    const issues = failed(toDataset(withCell(weeklyGrid(30), 7, 0, value))).issues;
    expect(place(issues.find((issue) => issue.code === "bad_date"))).toEqual({
      code: "bad_date",
      row: 8,
      column: "week",
      cell: "A8",
    });
  });
});
