import { uniqueSheetName } from "../../../src/taskpane/excel/uniqueSheetName";

describe("uniqueSheetName", () => {
  it("keeps a free name", () => {
    expect(uniqueSheetName("MMM Summary", new Set(["data"]))).toBe("MMM Summary");
  });
  it("adds the first free number when the name is taken, ignoring case", () => {
    expect(uniqueSheetName("MMM Summary", new Set(["mmm summary", "mmm summary (2)"]))).toBe(
      "MMM Summary (3)"
    );
  });
  it("shortens long names so the suffix fits in 31 characters", () => {
    const base = "X".repeat(31);
    const name = uniqueSheetName(base, new Set([base.toLowerCase()]));
    expect(name).toHaveLength(31);
    expect(name.endsWith(" (2)")).toBe(true);
  });
});
