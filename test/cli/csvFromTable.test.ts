import Papa from "papaparse";
import { csvFromTable } from "../../src/cli/csvFromTable";
import { column } from "../../src/core/tables/_internal/tableParts";
import type { Table } from "../../src/core/tables/types";

const INJECTED = '=HYPERLINK("http://x","y")';

const TABLE: Table = {
  id: "budget",
  title: "MMM Test",
  fileName: "test.csv",
  description: "One test row.",
  columns: [
    column("week", "Week", "date"),
    column("name", "Name", "text"),
    column(INJECTED, INJECTED, "currency"),
    column("share", "Share", "percent"),
  ],
  rows: [
    ["2024-01-01", "-cmd|' /C calc'!A0", -250.125, 0.25],
    ["2024-01-08", "\rline", 100, null],
    ["2024-01-15", "facebook_spend", 1e-7, true],
  ],
  total: ["2024-01-15", "Total", -150.124_999_9, null],
  notes: [],
};

const parse = (text: string): string[][] => Papa.parse<string[]>(text.trim()).data;

describe("csvFromTable", () => {
  const file = csvFromTable(TABLE);
  const grid = parse(file.text);

  it("names the file after the table and writes the column keys as the header", () => {
    expect(file.name).toBe("test.csv");
    expect(grid[0]?.slice(0, 2)).toEqual(["week", "name"]);
    expect(file.text.endsWith("\n")).toBe(true);
  });

  it("neutralises header keys and text cells that could start a formula, never negative numbers", () => {
    expect(grid[0]?.[2]).toBe(`'${INJECTED}`);
    expect(grid[1]?.[1]).toBe("'-cmd|' /C calc'!A0");
    expect(grid[2]?.[1]).toBe("'\rline");
    expect(grid[3]?.[1]).toBe("facebook_spend");
    expect(grid[1]?.[2]).toBe("-250.125");
  });

  it("writes the same rows and numbers as the table: ISO dates, full precision, blanks, then the total row", () => {
    expect(grid.slice(1).map((row) => row[0])).toEqual([
      "2024-01-01",
      "2024-01-08",
      "2024-01-15",
      "2024-01-15",
    ]);
    expect(Number(grid[3]?.[2])).toBe(1e-7);
    expect(grid[2]?.[3]).toBe("");
    expect(grid[3]?.[3]).toBe("true");
    expect(grid[4]?.slice(1, 3)).toEqual(["Total", String(TABLE.total?.[2])]);
    expect(grid).toHaveLength(1 + TABLE.rows.length + 1);
  });
});
