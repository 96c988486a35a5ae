import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvGrid } from "../../../src/cli/readCsvGrid";
import { toDataset, type IngestionResult, type ToDatasetOptions } from "../../../src/core/data";
import type { Expected } from "../../fixtures/badInput/makeBadInputs";

/** The malformed-input catalogue written by test/fixtures/badInput/makeBadInputs.ts. */
const DIR = join(__dirname, "../../fixtures/badInput");
interface Entry {
  readonly case: string;
  readonly file: string;
  readonly expected: Expected;
  readonly options: ToDatasetOptions;
  readonly roles: Readonly<Record<string, string>>;
  readonly sameAsClean: boolean;
}
const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as Entry[];

/** Runs one case the way the CLI does (readCsvGrid, then toDataset); a CSV refused by the reader is a refusal. */
function run(entry: Entry): IngestionResult | { ok: false; issues: { message: string }[] } {
  const text = readFileSync(join(DIR, entry.file), "utf8");
  let grid: unknown[][];
  try {
    grid = readCsvGrid(text, entry.file, entry.options);
  } catch (error) {
    return { ok: false, issues: [{ message: (error as Error).message }] };
  }
  return toDataset(grid, { sheetName: undefined, ...entry.options });
}

/** Whether the result matches the expected class and names what it must; a reason when it does not. */
function mismatch(entry: Entry): string | null {
  const result = run(entry);
  const expected = entry.expected;
  if (expected.outcome === "refusal") {
    if (result.ok) return "fitted, expected a refusal";
    const named = result.issues.some((issue) => {
      const i = issue as { cell?: string; column?: string; message: string };
      return (
        i.cell === expected.names ||
        i.column === expected.names ||
        i.message.includes(expected.names)
      );
    });
    return named ? null : `refused without naming ${expected.names}`;
  }
  if (!result.ok) {
    const first = result.issues.find(
      (issue) => (issue as { severity?: string }).severity !== "warning"
    );
    return `refused: ${first?.message ?? "?"}`;
  }
  if (expected.outcome === "fit-with-warning") {
    const fragment = expected.warning.toLowerCase();
    if (!result.warnings.some((w) => w.message.toLowerCase().includes(fragment))) {
      return `fitted without a warning carrying "${expected.warning}"`;
    }
  }
  for (const [header, role] of Object.entries(entry.roles)) {
    const found = result.columnRoles.find((c) => c.header === header)?.role;
    if (found !== role) return `'${header}' got role ${String(found)}, expected ${role}`;
  }
  if (entry.sameAsClean) {
    const clean = run(manifest.find((other) => other.case === "clean") as Entry);
    if (!clean.ok) return "the clean table does not fit";
    for (const [name, values] of Object.entries(clean.dataset.columns)) {
      const got = result.dataset.columns[name];
      if (got === undefined) return `column ${name} missing`;
      const off = Array.from(values).findIndex(
        (value, i) => Math.abs((got[i] as number) - value) > 1e-9 * Math.max(1, Math.abs(value))
      );
      if (off >= 0) return `column ${name} week ${off}: ${got[off]} instead of ${values[off]}`;
    }
    if (result.dataset.weeks.join() !== clean.dataset.weeks.join()) return "weeks differ";
  }
  return null;
}

describe("bad input catalogue", () => {
  it("holds at least 80 cases", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(80);
  });
  it.each(manifest.map((entry) => [entry.case, entry] as const))("%s", (_name, entry) => {
    expect(mismatch(entry)).toBeNull();
  });
});
