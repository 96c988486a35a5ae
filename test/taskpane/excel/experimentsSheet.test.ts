import { LIFT_TEST_HEADERS } from "../../../src/core/experiments/constants";
import { EXPERIMENTS_EXAMPLE_NOTE, EXPERIMENTS_SHEET_NAME } from "../../../src/taskpane/constants";
import { addExperimentsSheet } from "../../../src/taskpane/excel/addExperimentsSheet";
import { readExperimentsSheet } from "../../../src/taskpane/excel/readExperimentsSheet";
import { installFakeOffice } from "../fixtures/installFakeOffice";

const HEADERS: string[] = Object.values(LIFT_TEST_HEADERS);

describe("readExperimentsSheet", () => {
  it("returns null when the workbook has no MMM Experiments sheet", async () => {
    installFakeOffice([{ name: "Data", values: [["week"]] }]);
    await expect(readExperimentsSheet()).resolves.toBeNull();
  });

  it("reads the used range of a plain sheet with its 1-based origin", async () => {
    const rows = [
      HEADERS,
      ["tiktok_spend", "2024-03-04", "2024-04-22", "2024-05-13", 52000, "", 9000, "total"],
    ];
    installFakeOffice([{ name: "Data" }, { name: EXPERIMENTS_SHEET_NAME, values: rows }]);
    const sheet = await readExperimentsSheet();
    expect(sheet?.values).toEqual(rows);
    expect(sheet?.origin).toEqual({ row: 1, column: 1 });
    expect(sheet?.address).toBe("'MMM Experiments'!A1:H2");
  });

  it("reads the table (header and rows) and not the note beside it", async () => {
    const workbook = installFakeOffice([{ name: "Data" }]);
    await addExperimentsSheet();
    workbook.setValues(EXPERIMENTS_SHEET_NAME, "A2:H2", [
      ["tiktok_spend", "2024-03-04", "2024-04-22", "2024-05-13", 52000, "", 9000, ""],
    ]);
    // Every week column, the optional read-out end included, shows typed dates as ISO dates.
    const formats = workbook.snapshot(EXPERIMENTS_SHEET_NAME)?.formats[1];
    const weekColumns = ["start_week", "end_week", "readout_end_week"].map((h) =>
      HEADERS.indexOf(h)
    );
    expect(weekColumns.map((c) => formats?.[c])).toEqual(Array(3).fill("yyyy-mm-dd"));
    expect(formats?.[HEADERS.indexOf("lift")]).not.toBe("yyyy-mm-dd");
    const sheet = await readExperimentsSheet();
    expect(sheet?.values[0]).toEqual(HEADERS);
    expect(sheet?.values).toHaveLength(2);
    expect(sheet?.values.every((row) => row.length === HEADERS.length)).toBe(true);
  });
});

describe("addExperimentsSheet", () => {
  it("creates the sheet with the header as a table, the example in a note cell, and activates it", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: [["week"]] }]);
    await expect(addExperimentsSheet()).resolves.toBe(true);
    const snapshot = workbook.snapshot(EXPERIMENTS_SHEET_NAME);
    expect(snapshot?.values[0]?.slice(0, HEADERS.length)).toEqual(HEADERS);
    expect(snapshot?.values[0]?.[HEADERS.length + 1]).toBe(EXPERIMENTS_EXAMPLE_NOTE);
    // No example test in the table's rows: only the header row holds values.
    expect(snapshot?.values).toHaveLength(1);
    const table = workbook.tables.find((t) => t.sheetId === snapshot?.id);
    expect(table).toMatchObject({ r0: 0, c0: 0, r1: 0, c1: HEADERS.length - 1 });
    expect(workbook.activeSheetId).toBe(snapshot?.id);
  });

  it("never writes to an existing MMM Experiments sheet", async () => {
    const mine = [
      ["my own", "notes"],
      [1, 2],
    ];
    const workbook = installFakeOffice([
      { name: "Data" },
      { name: EXPERIMENTS_SHEET_NAME, values: mine },
    ]);
    await expect(addExperimentsSheet()).resolves.toBe(false);
    expect(workbook.snapshot(EXPERIMENTS_SHEET_NAME)?.values).toEqual(mine);
    expect(workbook.tables).toHaveLength(0);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Data", EXPERIMENTS_SHEET_NAME]);
  });
});
