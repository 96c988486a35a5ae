import { OfficeMockObject } from "office-addin-mock";
import { readSelection, rereadSelection } from "../../../src/taskpane/excel/readSelection";
import { installFakeOffice } from "../fixtures/installFakeOffice";

const VALUES = [
  ["week", "revenue"],
  [45292, 100],
];
const FORMATS = [
  ["General", "General"],
  ["yyyy-mm-dd", "General"],
];

/** office-addin-mock workbook: scalars follow load/sync, so reading before load+sync yields an error string. */
function mockExcel(tableItems: (tableRange: unknown) => unknown[]): OfficeMockObject {
  const data = {
    context: {
      workbook: {
        selected: {
          address: "Data!C5:D6",
          values: VALUES,
          numberFormat: FORMATS,
          rowIndex: 4,
          columnIndex: 2,
          rowCount: 2,
          columnCount: 2,
        },
        tableRange: {
          address: "Data!C4:D6",
          values: [["x", "y"], ...VALUES],
          numberFormat: [["General", "General"], ...FORMATS],
          rowIndex: 3,
          columnIndex: 2,
        },
        getSelectedRange: function (): unknown {
          const workbook = this as unknown as {
            selected: { getTables?: unknown };
            tableRange: unknown;
          };
          // Collections are plain objects: office-addin-mock has no collection semantics.
          const items = tableItems(workbook.tableRange);
          workbook.selected.getTables = () => ({
            getCount: () => ({ value: items.length }),
            getFirst: () => items[0],
          });
          return workbook.selected;
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>): Promise<unknown> {
      return callback((this as unknown as { context: unknown }).context);
    },
  };
  return new OfficeMockObject(data);
}

describe("readSelection", () => {
  it("returns the selected values, formats, address and 1-based origin after loading them", async () => {
    (globalThis as Record<string, unknown>).Excel = mockExcel(() => []);
    const selection = await readSelection();
    expect(selection.values).toEqual(VALUES);
    expect(selection.numberFormats).toEqual(FORMATS);
    expect(selection.address).toBe("Data!C5:D6");
    expect(selection.sheetName).toBe("Data");
    expect(selection.origin).toEqual({ row: 5, column: 3 });
    expect(selection.tableName).toBeNull();
  });

  it("reads the whole table when the selection lies inside one", async () => {
    (globalThis as Record<string, unknown>).Excel = mockExcel((tableRange) => [
      { name: "Sales", load: () => undefined, getRange: () => tableRange },
    ]);
    const selection = await readSelection();
    expect(selection.tableName).toBe("Sales");
    expect(selection.address).toBe("Data!C4:D6");
    expect(selection.values).toHaveLength(3);
    expect(selection.origin).toEqual({ row: 4, column: 3 });
  });

  it("reads a quoted sheet name from the in-memory workbook without changing any cell", async () => {
    const workbook = installFakeOffice([
      { name: "My data", values: VALUES, numberFormats: FORMATS },
    ]);
    workbook.select("My data", "A1:B2");
    const before = JSON.stringify(workbook.snapshot("My data"));
    const selection = await readSelection();
    expect(selection.sheetName).toBe("My data");
    expect(selection.address).toBe("'My data'!A1:B2");
    expect(selection.values).toEqual(VALUES);
    expect(JSON.stringify(workbook.snapshot("My data"))).toBe(before);
    expect(workbook.syncCount).toBe(1);
  });

  it("expands one selected cell to the filled block around it (title rows and blank columns stay out)", async () => {
    const workbook = installFakeOffice([
      {
        name: "Data",
        values: [
          ["Weekly report", "", "", ""],
          ["", "", "", ""],
          ["week", "revenue", "", "note"],
          [45292, 100, "", "x"],
          [45299, 120, "", ""],
        ],
        numberFormats: [
          ["General", "General", "General", "General"],
          ["General", "General", "General", "General"],
          ["General", "General", "General", "General"],
          ["yyyy-mm-dd", "General", "General", "General"],
          ["yyyy-mm-dd", "General", "General", "General"],
        ],
      },
    ]);
    workbook.select("Data", "B4");
    const selection = await readSelection();
    expect(selection.address).toBe("Data!A3:B5");
    expect(selection.values[0]).toEqual(["week", "revenue"]);
    expect(selection.expandedFromCell).toBe(true);
    expect(selection.origin).toEqual({ row: 3, column: 1 });
  });

  it("re-reads the same block so a cell changed after Use selection is seen", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: VALUES, numberFormats: FORMATS }]);
    workbook.select("Data", "A1:B2");
    const first = await readSelection();
    workbook.setValues("Data", "B2", [["abc"]]);
    const again = await rereadSelection(first);
    expect(again.address).toBe(first.address);
    expect(again.values[1]).toEqual([45292, "abc"]);
    expect(first.values[1]).toEqual([45292, 100]);
  });
});
