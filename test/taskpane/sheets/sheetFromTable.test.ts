import { column } from "../../../src/core/tables/_internal/tableParts";
import type { Table } from "../../../src/core/tables/types";
import { sheetFromTable } from "../../../src/taskpane/sheets/sheetFromTable";

const INJECTED = '=HYPERLINK("http://x","y")';

/** A small table with every kind of cell: a date, text from the data, negative money, a blank and a total. */
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
    ["2024-01-01", "+1 555 0100", -250, 0.25],
    ["2024-01-08", "@SUM(A1)", 100, null],
    ["2024-01-15", "\tcmd", 50, 0.1],
    ["2024-01-22", "plain -text", -5, 0.2],
  ],
  total: ["2024-01-22", "Total", -105, null],
  notes: [],
  chart: { kind: "line", title: "Test", firstColumn: 0, columnCount: 3 },
};

describe("sheetFromTable", () => {
  const sheet = sheetFromTable(TABLE);

  it("names the sheet after the table and writes the labels as the header", () => {
    expect(sheet.name).toBe("MMM Test");
    expect(sheet.header.slice(0, 2)).toEqual(["Week", "Name"]);
  });

  it("neutralises header text and text cells that could start a formula, never numbers", () => {
    expect(sheet.header[2]).toBe(`'${INJECTED}`);
    expect(sheet.rows.map((row) => row[1])).toEqual([
      "'+1 555 0100",
      "'@SUM(A1)",
      "'\tcmd",
      "plain -text",
      "Total",
    ]);
    expect(sheet.rows.map((row) => row[2])).toEqual([-250, 100, 50, -5, -105]);
  });

  it("writes dates as Excel serials, blanks as empty cells, the total row last", () => {
    expect(sheet.rows[0]?.[0]).toBe(45292);
    expect(sheet.rows[1]?.[3]).toBe("");
    expect(sheet.rows).toHaveLength(TABLE.rows.length + 1);
  });

  it("formats each column by its unit and keeps the chart", () => {
    expect(sheet.numberFormats).toEqual(["yyyy-mm-dd", "General", "$#,##0", "0.0%"]);
    expect(sheet.cellNumberFormats).toBeUndefined();
    expect(sheet.chart).toEqual(TABLE.chart);
  });

  it("formats each cell by its own unit where the table mixes units", () => {
    const mixed = sheetFromTable({
      ...TABLE,
      columns: [column("item", "Item", "text"), column("value", "Value", "text")],
      rows: [
        ["First week", "2024-01-01"],
        ["Share", 0.5],
      ],
      cellUnits: [
        [null, "date"],
        [null, "percent"],
      ],
      total: null,
    });
    expect(mixed.rows).toEqual([
      ["First week", 45292],
      ["Share", 0.5],
    ]);
    expect(mixed.cellNumberFormats).toEqual([
      ["General", "yyyy-mm-dd"],
      ["General", "0.0%"],
    ]);
  });

  it("turns a status column into one cell-value colour rule per status, none without one", () => {
    const spec = sheetFromTable({ ...TABLE, statusColumn: 1 });
    expect(spec.conditionalFormats?.map((f) => [f.column, f.equals])).toEqual([
      [1, "pass"],
      [1, "review"],
      [1, "fail"],
    ]);
    expect(new Set(spec.conditionalFormats?.map((f) => f.fill)).size).toBe(3);
    expect(sheetFromTable(TABLE).conditionalFormats).toBeUndefined();
  });
});
