import { readFileSync } from "fs";
import { join } from "path";
import { readCsvGrid } from "../../../src/cli/readCsvGrid";
import type { ValidationIssue } from "../../../src/core/errors";
import { readSelection } from "../../../src/taskpane/excel/readSelection";
import { ingestSelection } from "../../../src/taskpane/state/ingestSelection";
import { issueAddress } from "../../../src/taskpane/state/selectors";
import type { Expected } from "../../fixtures/badInput/makeBadInputs";
import { installFakeOffice } from "../fixtures/installFakeOffice";

/**
 * The malformed-input catalogue (test/fixtures/badInput) through the task pane's path: each case's cells typed
 * into the in-memory workbook as Excel would hold them (readCsvGrid: numbers as numbers, other text as text),
 * A1 selected (one cell, which the pane expands to the filled block around it), then readSelection and
 * ingestSelection. A refusal must name the cell as a sheet-qualified address (what the pane links to).
 *
 * Left out, with why: the decimal-comma cases (Excel applies the workbook's locale when it opens such a file, so
 * the pane receives numbers and has no decimal-separator setting), and the cases whose table sits below title
 * rows or has a blank row inside (selecting A1 there picks only the block around A1, as Excel's Ctrl+A does; the
 * user selects the table instead).
 */
const DIR = join(__dirname, "../../fixtures/badInput");
const SHEET = "Data";
interface Entry {
  readonly case: string;
  readonly file: string;
  readonly expected: Expected;
  readonly options: { readonly decimalSeparator?: "." | "," };
}
const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as Entry[];
const NOT_FROM_A1 = new Set(["title_row", "two_title_rows_and_blank", "blank_row_between_weeks"]);
const cases = manifest.filter(
  (entry) => entry.options.decimalSeparator === undefined && !NOT_FROM_A1.has(entry.case)
);

/** The case's cells as a rectangular grid (Excel has no ragged rows). */
function cellsOf(entry: Entry): unknown[][] {
  let grid: unknown[][];
  try {
    grid = readCsvGrid(readFileSync(join(DIR, entry.file), "utf8"), entry.file);
  } catch {
    grid = [];
  }
  const width = Math.max(1, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
}

/** Whether an issue names `names`: a cell (as `Data!B10`, or a range starting there) or a column. */
function names(issue: ValidationIssue, address: string | null, expected: string): boolean {
  const cell = `${SHEET}!${expected}`;
  return (
    address === cell ||
    address?.startsWith(`${cell}:`) === true ||
    issue.column === expected ||
    issue.message.includes(expected)
  );
}

describe("bad input catalogue through the task pane (select A1, read, ingest)", () => {
  it("leaves out only the cases it says why for", () => {
    expect(manifest.length - cases.length).toBe(NOT_FROM_A1.size + 3);
  });

  it.each(cases.map((entry) => [entry.case, entry] as const))(
    "%s",
    async (_name, entry) => {
      const values = cellsOf(entry);
      const workbook = installFakeOffice([
        { name: SHEET, values: values.length > 0 ? values : [[""]] },
      ]);
      workbook.select(SHEET, "A1");
      const selection = await readSelection();
      const result = ingestSelection(selection, null, false);
      const expected = entry.expected;
      if (expected.outcome === "refusal") {
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const errors = result.issues.filter((issue) => issue.severity === "error");
        const named = errors.filter((issue) =>
          names(issue, issueAddress(issue, selection), expected.names)
        );
        expect(named.length).toBeGreaterThan(0);
        // A cell (letters then digits) must come with its sheet, so the pane can go to it.
        if (/^[A-Z]+\d+$/.test(expected.names)) {
          const addresses = named.map((issue) => issueAddress(issue, selection));
          expect(addresses.some((a) => a?.startsWith(`${SHEET}!${expected.names}`))).toBe(true);
        }
        return;
      }
      const first = result.ok ? null : result.issues[0]?.message;
      expect(first ?? null).toBeNull();
      if (result.ok && expected.outcome === "fit-with-warning") {
        const text = result.warnings.map((w) => w.message.toLowerCase()).join("\n");
        expect(text).toContain(expected.warning.toLowerCase());
      }
    },
    30_000
  );
});
