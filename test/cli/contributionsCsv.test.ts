import { describe, expect, it } from "@jest/globals";
import Papa from "papaparse";
import { csvFromTable } from "../../src/cli/csvFromTable";
import { contributionsTable } from "../../src/core/tables/contributionsTable";
import { SAMPLE_RESULT } from "../taskpane/fixtures/sampleResult";

describe("contributions.csv", () => {
  const table = contributionsTable(SAMPLE_RESULT, [
    "2024-01-07",
    "2024-01-14",
    "2024-01-21",
    "2024-01-28",
  ]);
  const file = csvFromTable(table);
  const [header, ...rows] = Papa.parse<string[]>(file.text.trim()).data;

  it("names the parts by key and states each one's reference in the table's labels", () => {
    expect(header).toContain("average_price");
    expect(header?.[header.length - 1]).toBe("fitted");
    const labels = table.columns.map((c) => c.label);
    expect(labels).toContain("average_price (vs mean 99.5)");
    expect(labels).toContain("facebook_spend via google_spend (vs zero spend)");
  });

  it("adds up across every week and down every column to the total row", () => {
    const weeks = rows.slice(0, -1);
    for (const row of weeks) {
      const values = row.slice(1).map(Number);
      const parts = values.slice(0, -1).reduce((a, b) => a + b, 0);
      expect(parts).toBeCloseTo(values[values.length - 1] as number, 6);
    }
    const totalRow = rows[rows.length - 1] as string[];
    expect(totalRow[0]).toBe("Total");
    totalRow.slice(1).forEach((cell, j) => {
      const column = weeks.reduce((sum, row) => sum + Number(row[j + 1]), 0);
      expect(Number(cell)).toBeCloseTo(column, 6);
    });
  });
});
