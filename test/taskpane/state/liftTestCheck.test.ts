import { toDataset } from "../../../src/core/data/toDataset";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import type { ExperimentsSheetData } from "../../../src/taskpane/excel/readExperimentsSheet";
import { liftTestCheck, liftTestIssueItems } from "../../../src/taskpane/state/liftTestCheck";

const ingestion = toDataset(simulateMmmData({ seed: 3 }).grid, {});
const HEADER = ["channel", "start_week", "end_week", "lift", "roas", "standard_error", "path"];

/** A lift-test block whose top-left cell is at the given 1-based row and column of the sheet. */
const block = (
  rows: unknown[][],
  origin = { row: 1, column: 1 },
  header: unknown[] = HEADER
): ExperimentsSheetData => ({ address: "'MMM Experiments'!A1", values: [header, ...rows], origin });

describe("liftTestCheck", () => {
  it("has no tests without a sheet, with an empty or header-only sheet, or without valid data", () => {
    expect(liftTestCheck(null, ingestion)).toEqual({ kind: "none" });
    expect(liftTestCheck(block([]), ingestion)).toEqual({ kind: "none" });
    expect(liftTestCheck({ ...block([]), values: [[""]] }, ingestion)).toEqual({ kind: "none" });
    const bad = block([["nope", "x", "y", "", "", "", ""]]);
    expect(liftTestCheck(bad, null)).toEqual({ kind: "none" });
  });

  it("returns the validated tests", () => {
    const check = liftTestCheck(
      block([["instagram_spend", "2024-01-07", "2024-02-25", 20000, "", 5000, ""]]),
      ingestion
    );
    expect(check.kind === "tests" && check.tests.map((t) => [t.channel, t.path])).toEqual([
      ["instagram_spend", "total"],
    ]);
  });

  it("names the sheet's real cells when the table does not start at A1", () => {
    const sheet = block([["instagram_spend", "2024-01-07", "2024-02-25", 20000, "", -1, ""]], {
      row: 4,
      column: 2,
    });
    const check = liftTestCheck(sheet, ingestion);
    const items = liftTestIssueItems(check, sheet);
    // standard_error is the 6th column from B (→ G); the test is on the row under the header at row 4.
    expect(items.map((item) => item.address)).toEqual(["'MMM Experiments'!G5"]);
    expect(items[0]?.issue.message).toContain("'MMM Experiments'!G5");
  });

  it("reads a read-out end week and names its cell when it is before the end week", () => {
    const header = [...HEADER.slice(0, 3), "readout_end_week", ...HEADER.slice(3)];
    const test = ["instagram_spend", "2024-01-07", "2024-02-25", "2024-03-17", 20000, "", 5000, ""];
    const check = liftTestCheck(block([test], { row: 1, column: 1 }, header), ingestion);
    expect(check.kind === "tests" && check.tests[0]?.readoutEndWeek).toBe("2024-03-17");
    const early = block(
      [[...test.slice(0, 3), "2024-02-04", ...test.slice(4)]],
      { row: 4, column: 2 },
      header
    );
    const items = liftTestIssueItems(liftTestCheck(early, ingestion), early);
    // readout_end_week is the 4th column from B (→ E), on the row under the header at row 4.
    expect(items.map((item) => item.address)).toEqual(["'MMM Experiments'!E5"]);
    expect(items[0]?.issue.message).toContain("before the end week 2024-02-25");
  });

  it("points a missing column at the header row and names the sheet in the message", () => {
    const sheet = block(
      [["instagram_spend", "2024-01-07", "2024-02-25", 20000]],
      { row: 3, column: 3 },
      ["channel", "start_week", "end_week", "lift"]
    );
    const items = liftTestIssueItems(liftTestCheck(sheet, ingestion), sheet);
    expect(items).toHaveLength(1);
    expect(items[0]?.address).toBe("'MMM Experiments'!C3");
    expect(items[0]?.issue.message).toMatch(/^MMM Experiments sheet: .*'standard_error'/);
  });
});
