import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import Papa from "papaparse";
import { main } from "../../src/cli/main";
import { simulateMmmData } from "../../src/core/simulate/simulateMmmData";

/** Silences the runner's stdout/stderr and keeps stderr for assertions. */
function quietIo(): { text: () => string; restore: () => void } {
  let buffer = "";
  const err = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((chunk: string | Uint8Array) => {
      buffer += String(chunk);
      return true;
    });
  const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  return { text: () => buffer, restore: () => (err.mockRestore(), out.mockRestore()) };
}

describe("mmm fit --experiments", () => {
  const dir = mkdtempSync(join(tmpdir(), "mmm-experiments-"));
  const grid = simulateMmmData({ seed: 7 }).grid.map((row) => [...row]);
  const data = join(dir, "data.csv");
  writeFileSync(data, Papa.unparse(grid));
  const weeks = grid.slice(1).map((row) => String(row[0]));
  /** Runs `mmm fit` on the data with these lift-test rows (no bootstrap); the output goes to `dir/<name>`. */
  const fitWithTests = async (
    name: string,
    rows: unknown[][],
    header = ["channel", "start_week", "end_week", "lift", "standard_error", "path"]
  ) => {
    const tests = join(dir, `${name}.csv`);
    writeFileSync(tests, Papa.unparse([header, ...rows]));
    const out = join(dir, name);
    const io = quietIo();
    const code = await main([
      "fit",
      data,
      "--out",
      out,
      "--replicates",
      "0",
      "--threads",
      "1",
      "--experiments",
      tests,
    ]);
    io.restore();
    return { code, out, stderr: io.text() };
  };

  it("refuses a test of an unknown channel, naming the cell, and writes nothing", async () => {
    const { code, out, stderr } = await fitWithTests("bad", [
      ["pinterest_spend", weeks[40], weeks[47], 5000, 1000, "total"],
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/pinterest_spend/);
    expect(stderr).toMatch(/A2/);
    expect(existsSync(join(out, "results.json"))).toBe(false);
  }, 120_000);

  it("calibrates the fit with a valid test and reports the model's lift before and after", async () => {
    const { code, out } = await fitWithTests("good", [
      ["tiktok_spend", weeks[40], weeks[47], 4000, 800, "total"],
    ]);
    expect(code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    const test = results.calibration.tests[0];
    expect(test.channel).toBe("tiktok_spend");
    expect(test.measured_lift).toBe(4000);
    expect(Math.abs(test.model_lift_after - 4000)).toBeLessThanOrEqual(
      Math.abs(test.model_lift_before - 4000)
    );
  }, 180_000);

  const READOUT_HEADER = [
    "channel",
    "start_week",
    "end_week",
    "readoutEndWeek",
    "lift",
    "standard_error",
    "path",
  ];

  it("refuses a read-out end week before the end week, naming its cell", async () => {
    const { code, out, stderr } = await fitWithTests(
      "early-readout",
      [["tiktok_spend", weeks[40], weeks[47], weeks[45], 4000, 800, "total"]],
      READOUT_HEADER
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/D2 \(\d{4}-\d{2}-\d{2}\) is before the end week/);
    expect(existsSync(join(out, "results.json"))).toBe(false);
  }, 120_000);

  it("reads the read-out end week and counts the carry-over after the test in the model's lift", async () => {
    const { code, out } = await fitWithTests(
      "readout",
      [
        ["tiktok_spend", weeks[40], weeks[47], weeks[51], 4000, 800, "total"],
        ["tiktok_spend", weeks[40], weeks[47], "", 4000, 800, "total"],
      ],
      READOUT_HEADER
    );
    expect(code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    const [readout, plain] = results.calibration.tests;
    expect([readout.readout_end_week, plain.readout_end_week]).toEqual([weeks[51], null]);
    // The same spend change read out 4 weeks longer: the model before calibration (its tiktok carry-over is
    // geometric, decay 0.25 on this seed) credits more, the carry-over after the test; the spend is the same.
    expect(readout.spend).toBe(plain.spend);
    expect(readout.model_lift_before).toBeGreaterThan(plain.model_lift_before);
    const csv = Papa.parse<string[]>(readFileSync(join(out, "calibration.csv"), "utf8")).data;
    const at = csv[0]!.indexOf("readout_end_week");
    expect(at).toBe(csv[0]!.indexOf("end_week") + 1);
    expect(csv.slice(1, 3).map((row) => row[at])).toEqual([weeks[51], ""]);
  }, 180_000);
});
