import { OUTPUT_SHEETS_SETTING } from "../../../src/taskpane/constants";
import { listOutputSheets } from "../../../src/taskpane/excel/outputSheets";
import { writeResultSheets } from "../../../src/taskpane/excel/writeResultSheets";
import { WriteFailedError } from "../../../src/taskpane/excel/WriteFailedError";
import { resultSheets } from "../../../src/taskpane/sheets/resultSheets";
import { installFakeOffice } from "../fixtures/installFakeOffice";
import { SAMPLE_OUTCOME, SAMPLE_WEEKS } from "../fixtures/sampleResult";

const USER_DATA = [
  ["week", "revenue", "facebook_spend"],
  [45292, 10000, 100],
  [45299, 11000, 120],
];
const sheets = resultSheets(SAMPLE_OUTCOME, SAMPLE_WEEKS);

describe("writeResultSheets", () => {
  it("writes every sheet with header, formats, a table, a frozen header row and charts in three syncs", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    const report = await writeResultSheets(sheets);
    expect(report.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(report.syncCount).toBe(3);
    expect(workbook.syncCount).toBe(3);
    const fitted = workbook.snapshot("MMM Fitted");
    expect(fitted?.values[0]).toEqual(sheets.find((s) => s.name === "MMM Fitted")?.header);
    expect(workbook.snapshot("MMM Budget")?.formats[1]?.[2]).toBe("$#,##0");
    expect(fitted?.values[1]?.[0]).toBe(45292); // 2024-01-01 as an Excel serial
    expect(fitted?.formats[1]?.[0]).toBe("yyyy-mm-dd");
    expect(fitted?.formats[1]?.[1]).toBe("$#,##0");
    expect(fitted?.frozenRows).toBe(1);
    expect(workbook.tables).toHaveLength(sheets.length);
    expect(workbook.charts.map((c) => c.type).sort()).toEqual(["AreaStacked", "Line"]);
    expect(workbook.sheets.every((s) => s.autofit || s.name === "Data")).toBe(true);
    const summary = workbook.snapshot("MMM Summary");
    const mapeRow =
      summary?.values.findIndex((row) => String(row[0]).includes("holdout MAPE")) ?? -1;
    expect(summary?.formats[mapeRow]?.[1]).toBe("0.0%");
  });

  it("colours the Status cells of a status column red, amber and green with cell-value rules", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    await writeResultSheets(sheets);
    const diagnostics = workbook.sheets.find((s) => s.name === "MMM Diagnostics");
    const rules = workbook.conditionalFormats.filter((f) => f.sheetId === diagnostics?.id);
    expect(rules.map((f) => [f.c0, f.c1, f.r0, f.rule?.formula1, f.rule?.operator])).toEqual([
      [2, 2, 1, '="pass"', "EqualTo"],
      [2, 2, 1, '="review"', "EqualTo"],
      [2, 2, 1, '="fail"', "EqualTo"],
    ]);
    const snapshot = workbook.snapshot("MMM Diagnostics");
    const reviewRow = snapshot?.values.findIndex((row) => row[2] === "review") ?? -1;
    const passRow = snapshot?.values.findIndex((row) => row[2] === "pass") ?? -1;
    if (!diagnostics) throw new Error("no Diagnostics sheet");
    expect(workbook.conditionalFill(diagnostics, reviewRow, 2)?.fill).toBe("#FEF3C7");
    expect(workbook.conditionalFill(diagnostics, passRow, 2)?.fill).toBe("#DCFCE7");
    expect(workbook.conditionalFill(diagnostics, reviewRow, 1)).toBeNull();
    expect(workbook.conditionalFill(diagnostics, 0, 2)).toBeNull(); // the header stays plain
  });

  it("leaves the user's input sheet exactly as it was", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    const before = JSON.stringify(workbook.snapshot("Data"));
    await writeResultSheets(sheets);
    await writeResultSheets(sheets, { replacePrevious: true });
    expect(JSON.stringify(workbook.snapshot("Data"))).toBe(before);
  });

  it("gives a sheet another name when a user's sheet already has it", async () => {
    const workbook = installFakeOffice([
      { name: "Data", values: USER_DATA },
      { name: "mmm summary", values: [["mine"]] },
    ]);
    const report = await writeResultSheets(sheets);
    expect(report.sheets[0]?.name).toBe("MMM Summary (2)");
    expect(workbook.snapshot("mmm summary")?.values).toEqual([["mine"]]);
  });

  it("records the ids and names of the sheets it created in a workbook setting", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    const report = await writeResultSheets(sheets);
    expect(JSON.parse(String(workbook.settings.get(OUTPUT_SHEETS_SETTING)))).toEqual(
      report.sheets.map((s) => ({ id: s.id, name: s.name }))
    );
    expect((await listOutputSheets()).map((s) => s.name)).toEqual(sheets.map((s) => s.name));
  });

  it("treats an output sheet the user renamed as the user's: never listed, replaced or deleted", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    const first = await writeResultSheets(sheets);
    const renamed = workbook.sheets.find((s) => s.id === first.sheets[0]!.id)!;
    renamed.name = "My budget notes";
    const listed = await listOutputSheets();
    expect(listed.map((s) => s.name)).not.toContain("My budget notes");
    expect(listed).toHaveLength(sheets.length - 1);
    const second = await writeResultSheets(sheets, { replacePrevious: true });
    expect(second.replaced).not.toContain("My budget notes");
    expect(workbook.sheets.map((s) => s.name)).toContain("My budget notes");
    expect(workbook.sheets).toHaveLength(1 + 1 + sheets.length);
  });

  it("reads the older id-only record, counting only sheets still named MMM …", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    const first = await writeResultSheets(sheets);
    workbook.settings.set(OUTPUT_SHEETS_SETTING, JSON.stringify(first.sheets.map((s) => s.id)));
    workbook.sheets.find((s) => s.id === first.sheets[0]!.id)!.name = "Notes";
    expect(await listOutputSheets()).toHaveLength(sheets.length - 1);
  });

  it("replaces its earlier output under the same names when asked to", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    const first = await writeResultSheets(sheets);
    const second = await writeResultSheets(sheets, { replacePrevious: true });
    expect(second.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(second.replaced).toHaveLength(sheets.length);
    expect(workbook.sheets).toHaveLength(1 + sheets.length);
    expect(second.sheets.map((s) => s.id)).not.toEqual(first.sheets.map((s) => s.id));
  });

  it("keeps its earlier output and writes beside it when not asked to replace", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    await writeResultSheets(sheets);
    const second = await writeResultSheets(sheets);
    expect(second.sheets[0]?.name).toBe("MMM Summary (2)");
    expect(workbook.sheets).toHaveLength(1 + 2 * sheets.length);
    expect(await listOutputSheets()).toHaveLength(2 * sheets.length);
  });

  it("replaces only this fit's provisional sheets (replaceIds), keeping earlier output beside them", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    const earlier = await writeResultSheets(sheets);
    const provisional = await writeResultSheets(sheets.slice(0, 3));
    expect(provisional.sheets[0]?.name).toBe("MMM Summary (2)");
    const final = await writeResultSheets(sheets, {
      replaceIds: provisional.sheets.map((s) => s.id),
    });
    // The final sheets take the provisional ones' names; no third copy, the earlier fit's output untouched.
    expect(final.replaced).toEqual(provisional.sheets.map((s) => s.name));
    expect(final.sheets.slice(0, 3).map((s) => s.name)).toEqual(
      provisional.sheets.map((s) => s.name)
    );
    expect(workbook.sheets).toHaveLength(1 + 2 * sheets.length);
    const listed = (await listOutputSheets()).map((s) => s.id).sort();
    expect(listed).toEqual([...earlier.sheets, ...final.sheets].map((s) => s.id).sort());
  });

  it("never replaces a provisional sheet the user renamed in the meantime", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    const provisional = await writeResultSheets(sheets.slice(0, 1));
    const summary = workbook.sheets.find((s) => s.name === "MMM Summary");
    if (!summary) throw new Error("no Summary");
    summary.name = "My summary";
    const final = await writeResultSheets(sheets, {
      replaceIds: provisional.sheets.map((s) => s.id),
    });
    expect(final.replaced).toEqual([]);
    expect(workbook.sheets.some((s) => s.name === "My summary")).toBe(true);
  });

  it("removes what it wrote when a write fails midway and says so", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    const before = JSON.stringify(workbook.snapshot("Data"));
    workbook.faultHook = (operation) =>
      operation === "charts.add" ? new Error("The chart could not be created.") : undefined;
    const failure = writeResultSheets(sheets);
    await expect(failure).rejects.toBeInstanceOf(WriteFailedError);
    await expect(failure).rejects.toThrow(/were removed again/);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
    expect(JSON.stringify(workbook.snapshot("Data"))).toBe(before);
    expect(workbook.settings.has(OUTPUT_SHEETS_SETTING)).toBe(false);
  });

  it("keeps the earlier output when a replacing write fails", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: USER_DATA }]);
    await writeResultSheets(sheets);
    workbook.faultHook = (operation) =>
      operation === "range.numberFormat" ? new Error("boom") : undefined;
    await expect(writeResultSheets(sheets, { replacePrevious: true })).rejects.toThrow(
      /Your data was not changed/
    );
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Data", ...sheets.map((s) => s.name)]);
  });
});
