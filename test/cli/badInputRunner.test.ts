import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import type { Expected } from "../fixtures/badInput/makeBadInputs";

/**
 * The malformed-input catalogue (test/fixtures/badInput, see makeBadInputs.ts) through the whole runner, as a user
 * types it: `mmm fit <case.csv> --out <dir> --replicates 0 --threads 1 --quiet`.
 *
 * Every case runs, fits included: a fit with no bootstrap takes about 1 s here (report included), so the whole
 * catalogue takes about 70 s on 2 cores. Refusals must stop before anything is written; fits must write
 * results.json, carrying the named warning for the fit-with-warning cases.
 */
const DIR = join(__dirname, "../fixtures/badInput");
interface Entry {
  readonly case: string;
  readonly file: string;
  readonly expected: Expected;
  readonly options: { readonly decimalSeparator?: "." | "," };
}
const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as Entry[];

/** A stack trace line as Node prints it (`    at fn (file.ts:12:3)`). */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** Runs the runner on one case; returns its exit code, what it wrote to stderr and the --out folder. */
async function runCase(
  entry: Entry,
  dir: string
): Promise<{ code: number; stderr: string; out: string }> {
  const out = join(dir, "out");
  const config =
    entry.options.decimalSeparator === undefined ? [] : ["--config", join(dir, "config.json")];
  if (config.length > 0) writeFileSync(join(dir, "config.json"), JSON.stringify(entry.options));
  let stderr = "";
  const err = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
  const std = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    const args = ["fit", join(DIR, entry.file), "--out", out, "--replicates", "0"];
    const code = await main([...args, "--threads", "1", "--quiet", ...config]);
    return { code, stderr, out };
  } finally {
    err.mockRestore();
    std.mockRestore();
  }
}

describe("bad input catalogue through the runner (mmm fit)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "mmm-catalogue-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each(manifest.map((entry) => [entry.case, entry] as const))(
    "%s",
    async (_name, entry) => {
      const { code, stderr, out } = await runCase(entry, dir);
      const expected = entry.expected;
      if (expected.outcome === "refusal") {
        expect({ code, stderr }).toEqual({
          code: 1,
          stderr: expect.stringContaining(expected.names),
        });
        expect(stderr).toMatch(/^mmm: /);
        expect(stderr).not.toMatch(STACK_LINE);
        expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
        return;
      }
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as {
        warnings: string[];
      };
      if (expected.outcome === "fit-with-warning") {
        const fragment = expected.warning.toLowerCase();
        expect(results.warnings.map((w) => w.toLowerCase()).join("\n")).toContain(fragment);
      }
    },
    60_000
  );
});
