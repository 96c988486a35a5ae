import { resultSheets } from "../../../src/taskpane/sheets/resultSheets";
import { SAMPLE_OUTCOME, SAMPLE_WEEKS } from "../fixtures/sampleResult";

const sheets = resultSheets(SAMPLE_OUTCOME, SAMPLE_WEEKS);
const byName = (name: string) => sheets.find((s) => s.name === name);

describe("resultSheets", () => {
  it("builds a sheet per table of the run, in tab order", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "MMM Summary",
      "MMM Data checks",
      "MMM Coefficients",
      "MMM Effects",
      "MMM Fitted",
      "MMM Contributions",
      "MMM Diagnostics",
      "MMM Budget",
      "MMM Response curves",
    ]);
  });

  it("gives every row as many cells as the header and a format per column", () => {
    for (const sheet of sheets) {
      expect(sheet.numberFormats).toHaveLength(sheet.header.length);
      for (const row of sheet.rows) expect(row).toHaveLength(sheet.header.length);
    }
  });

  it("formats the summary per row: holdout WAPE as a percent, the first week as a date serial", () => {
    const summary = byName("MMM Summary");
    const rows = new Map(
      summary?.rows.map((row, i) => [
        row[0],
        { value: row[1], format: summary.cellNumberFormats?.[i]?.[1] },
      ])
    );
    expect(rows.get("Stage 2 (revenue): holdout R²")?.value).toBe(0.82);
    expect(rows.get("Stage 1 (google_spend): holdout WAPE")).toEqual({
      value: 0.11,
      format: "0.0%",
    });
    expect(rows.get("First week")).toEqual({ value: 45292, format: "yyyy-mm-dd" });
    expect(rows.get("Share mediated: tiktok_spend")?.value).toBe("");
    expect(rows.get("Warning 1")?.value).toBe("Uncertainty intervals were skipped: test.");
  });

  it("writes weeks as date serials with actual and fitted beside them and a line chart", () => {
    const fitted = byName("MMM Fitted");
    expect(fitted?.rows[0]?.slice(0, 5)).toEqual([45292, 10000, 10100, 10100, "train"]);
    expect(fitted?.rows[3]?.[4]).toBe("holdout");
    expect(fitted?.chart).toMatchObject({ kind: "line", firstColumn: 0, columnCount: 3 });
  });

  it("charts every contribution part but the fitted total", () => {
    const contributions = byName("MMM Contributions");
    const rows = contributions?.rows ?? [];
    const weeks = rows.slice(0, -1);
    for (const row of weeks) {
      const parts = row.slice(1, -1) as number[];
      expect(parts.reduce((x, y) => x + y, 0)).toBeCloseTo(row[row.length - 1] as number, 6);
    }
    expect(contributions?.header).toContain("facebook_spend via google_spend (vs zero spend)");
    expect(contributions?.header).toContain("average_price (vs mean 99.5)");
    expect(contributions?.header).toContain("promotions (vs chosen base 0)");
    expect(contributions?.chart).toMatchObject({
      kind: "stackedArea",
      columnCount: (contributions?.header.length ?? 0) - 1,
    });
    // The total row sums every column over the weeks and stays out of the chart.
    const total = rows.at(-1) ?? [];
    expect(total[0]).toBe("Total");
    for (let c = 1; c < total.length; c++) {
      const sum = weeks.reduce((acc, row) => acc + (row[c] as number), 0);
      expect(total[c]).toBeCloseTo(sum, 6);
    }
    expect(contributions?.chartRowCount).toBe(weeks.length);
  });

  it("ends the budget sheet with its total row", () => {
    const total = byName("MMM Budget")?.rows.at(-1);
    expect(total?.slice(0, 4)).toEqual(["Total", 1500, 1650, 150]);
    expect(total?.slice(7, 9)).toEqual([1500, 1900]);
  });
});
