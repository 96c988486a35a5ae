import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "fs";
import { join } from "path";
import { readCsvGrid } from "../../src/cli/readCsvGrid";
import { RunnerInputError } from "../../src/cli/RunnerInputError";
import { toDataset } from "../../src/core/data/toDataset";

describe("readCsvGrid", () => {
  it("reads numbers as numbers, text as text and empty cells as empty strings", () => {
    expect(
      readCsvGrid("week,revenue,note\n2023-09-17,83124.16,\n2023-09-24,-1.5e3,big week\n")
    ).toEqual([
      ["week", "revenue", "note"],
      ["2023-09-17", 83124.16, ""],
      ["2023-09-24", -1500, "big week"],
    ]);
  });
  it("drops the trailing empty line but keeps blank rows inside the table", () => {
    expect(readCsvGrid("a,b\n1,2\n,\n3,4\n\n")).toEqual([
      ["a", "b"],
      [1, 2],
      ["", ""],
      [3, 4],
    ]);
  });
  it("reads quoted numbers, TRUE/FALSE and Excel error text as Excel would show them", () => {
    expect(readCsvGrid('"x","y","z"\n"12",true,#N/A\n')).toEqual([
      ["x", "y", "z"],
      [12, true, "#N/A"],
    ]);
  });
  it("returns an empty grid for empty text", () => {
    expect(readCsvGrid("")).toEqual([]);
  });
  it("reads a semicolon file with a byte-order mark and a title row, and toDataset places its problems (TRUE/FALSE flags are fine in a control)", () => {
    const text = readFileSync(join(__dirname, "../fixtures/data/dayFirstSemicolon.csv"), "utf8");
    const grid = readCsvGrid(text);
    expect(grid[0]?.[0]).toBe("Weekly export");
    expect(grid[2]).toEqual(["17/09/2023", 6030.8, 3130.14, true, 83124.16]);
    expect(grid[3]?.[2]).toBe(2704);
    const result = toDataset(grid, { minWeeks: 4, sheetName: "export" });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((issue) => [issue.code, issue.row, issue.column, issue.cell])).toEqual([
      ["missing_value", 5, "facebook_spend", "B5"],
      ["excel_error", 5, "revenue", "E5"],
    ]);
    expect(issues[0]?.message).toContain("export!B5");
  });
});

describe("readCsvGrid with a comma decimal separator", () => {
  it("keeps number text with a dot as text, so 21.310 is not read as 21.31", () => {
    expect(readCsvGrid("a;b;c\n21.310;7;1,5\n", "x.csv", { decimalSeparator: "," })).toEqual([
      ["a", "b", "c"],
      ["21.310", 7, "1,5"],
    ]);
    expect(readCsvGrid("a,b\n21.310,7\n")).toEqual([
      ["a", "b"],
      [21.31, 7],
    ]);
  });
  it("hands toDataset text it reads as thousands with the same separator", () => {
    const grid = readCsvGrid(
      "week;tv;revenue\n2023-09-17;1,5;21.310\n2023-09-24;2;1.000,5",
      "x.csv",
      {
        decimalSeparator: ",",
      }
    );
    const result = toDataset(grid, {
      decimalSeparator: ",",
      minWeeks: 2,
      roles: { mediator: null, social: ["tv"], controls: [] },
    });
    expect(result.ok && Array.from(result.dataset.columns.revenue ?? [])).toEqual([21310, 1000.5]);
  });
});

describe("readCsvGrid quote errors", () => {
  it("refuses an unmatched quote, naming the file and its line", () => {
    const text = 'week,revenue\n2023-09-17,1\n2023-09-24,"2\n2023-10-01,3\n';
    expect(() => readCsvGrid(text, "data.csv")).toThrow(RunnerInputError);
    expect(() => readCsvGrid(text, "data.csv")).toThrow(
      /data\.csv cannot be read as CSV:\n {2}line 3: a quoted cell is never closed/
    );
  });
  it("reads a quoted cell spanning lines and doubled quotes without complaint", () => {
    expect(readCsvGrid('a,b\n"x\ny","say ""hi"""\n')).toEqual([
      ["a", "b"],
      ["x\ny", 'say "hi"'],
    ]);
  });
});
