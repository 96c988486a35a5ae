import type { SelectionData } from "../../../src/taskpane/excel/readSelection";
import { selectionChanged } from "../../../src/taskpane/state/selectionChanged";

const before: SelectionData = {
  address: "Data!A1:B3",
  sheetName: "Data",
  values: [
    ["week", "sales"],
    [45292, 10],
    [45299, 12],
  ],
  numberFormats: [
    ["General", "General"],
    ["yyyy-mm-dd", "0"],
    ["yyyy-mm-dd", "0"],
  ],
  origin: { row: 1, column: 1 },
  tableName: null,
};

describe("selectionChanged", () => {
  it("sees no change in a re-read of the same cells (new arrays, same contents)", () => {
    expect(selectionChanged(before, JSON.parse(JSON.stringify(before)) as SelectionData)).toBe(
      false
    );
  });

  it("sees a changed address, a changed value and a changed number format", () => {
    expect(selectionChanged(before, { ...before, address: "Data!A1:B4" })).toBe(true);
    expect(
      selectionChanged(before, {
        ...before,
        values: [before.values[0]!, [45292, 11], before.values[2]!],
      })
    ).toBe(true);
    expect(
      selectionChanged(before, {
        ...before,
        numberFormats: [before.numberFormats[0]!, ["General", "0"], before.numberFormats[2]!],
      })
    ).toBe(true);
  });
});
