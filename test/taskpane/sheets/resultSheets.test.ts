import { resultSheets } from "../../../src/taskpane/sheets/resultSheets";
import { SAMPLE_RESULT, SAMPLE_WEEKS } from "../fixtures/sampleResult";

const sheets = resultSheets(SAMPLE_RESULT, SAMPLE_WEEKS);
const byName = (name: string) => sheets.find((s) => s.name === name);

describe("resultSheets", () => {
  it("builds the sheets in tab order", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "MMM Summary",
      "MMM Coefficients",
      "MMM Effects",
      "MMM Fitted",
      "MMM Contributions",
    ]);
  });

  it("gives every row as many cells as the header and a format per column", () => {
    for (const sheet of sheets) {
      expect(sheet.numberFormats).toHaveLength(sheet.header.length);
      for (const row of sheet.rows) expect(row).toHaveLength(sheet.header.length);
    }
  });

  it("puts both stages' holdout scores and the share mediated in the summary with percent formats", () => {
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
    expect(rows.get("Share mediated: tiktok_spend")?.value).toBe("n/a");
    expect(rows.get("Price elasticity (average_price)")?.value).toBe(-1.2);
    expect(rows.get("Warning 1")?.value).toBe("tiktok_spend has no measurable effect.");
  });

  it("lists effects for both mediator variants, the mediator's own row last in each", () => {
    const effects = byName("MMM Effects");
    expect(effects?.rows.map((r) => `${r[0]}/${r[1]}`)).toEqual([
      "observed/facebook_spend",
      "observed/tiktok_spend",
      "observed/google_spend",
      "predicted/facebook_spend",
      "predicted/tiktok_spend",
      "predicted/google_spend",
    ]);
  });

  it("writes weeks as date serials with actual and fitted beside them and a line chart", () => {
    const fitted = byName("MMM Fitted");
    expect(fitted?.rows[0]?.slice(0, 5)).toEqual([45292, 10000, 10100, 10100, false]);
    expect(fitted?.rows[3]?.[4]).toBe(true);
    expect(fitted?.chart).toMatchObject({ kind: "line", firstColumn: 0, columnCount: 3 });
  });

  it("splits contributions into parts that add up to the fitted total", () => {
    const contributions = byName("MMM Contributions");
    for (const row of contributions?.rows ?? []) {
      const parts = row.slice(1, -1) as number[];
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(row[row.length - 1] as number, 6);
    }
    expect(contributions?.header).toContain("facebook_spend via google_spend");
    expect(contributions?.chart?.kind).toBe("stackedArea");
  });
});
