import { describe, expect, it } from "@jest/globals";
import Papa from "papaparse";
import { buildTables } from "../../src/cli/buildTables";
import { SAMPLE_RESULT } from "../taskpane/fixtures/sampleResult";

describe("buildTables contributions.csv", () => {
  const file = buildTables(SAMPLE_RESULT, [
    "2024-01-07",
    "2024-01-14",
    "2024-01-21",
    "2024-01-28",
  ]).find((f) => f.name === "contributions.csv");
  const [header, ...rows] = Papa.parse<string[]>(file?.text.trim() ?? "").data;

  it("states each part's reference in its header", () => {
    expect(header).toContain("average_price (vs mean 99.5)");
    expect(header).toContain("facebook_spend via google_spend (vs zero spend)");
    expect(header?.[header.length - 1]).toBe("total (fitted)");
  });

  it("adds up across every row and down every column to the total", () => {
    for (const row of rows) {
      const values = row.slice(1).map(Number);
      const parts = values.slice(0, -1).reduce((a, b) => a + b, 0);
      expect(parts).toBeCloseTo(values[values.length - 1] as number, 6);
    }
    const totalRow = rows[rows.length - 1] as string[];
    expect(totalRow[0]).toBe("total");
    totalRow.slice(1).forEach((cell, j) => {
      const column = rows.slice(0, -1).reduce((sum, row) => sum + Number(row[j + 1]), 0);
      expect(Number(cell)).toBeCloseTo(column, 6);
    });
  });
});
