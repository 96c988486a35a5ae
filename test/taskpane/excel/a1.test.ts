import {
  blockAddress,
  columnLetters,
  quoteSheetName,
  splitAddress,
} from "../../../src/taskpane/excel/a1";

describe("A1 helpers", () => {
  it("turn column indexes into letters past Z", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
    ]);
  });
  it("address a block from A1", () => {
    expect(blockAddress(105, 11)).toBe("A1:K105");
  });
  it("quote sheet names with spaces or quotes and split them back", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("Bob's data")).toBe("'Bob''s data'");
    expect(splitAddress("'Bob''s data'!D17")).toEqual({ sheetName: "Bob's data", cell: "D17" });
  });
});
