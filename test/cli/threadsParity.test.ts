import { describe, expect, it } from "@jest/globals";
import Papa from "papaparse";
import { parseRunConfig } from "../../src/cli/loadConfig";
import { computeRun } from "../../src/cli/runFit";
import { simulateMmmData } from "../../src/core/simulate";

const csvText = Papa.unparse(simulateMmmData({ seed: 31, weeks: 78 }).grid);

const resultsJson = async (threads: number): Promise<string> => {
  const run = await computeRun({
    csvText,
    csvName: "threads.csv",
    config: parseRunConfig("{}", "config"),
    seed: 5,
    directPaths: true,
    replicates: 12,
    quiet: true,
    threads,
  });
  return run.files.find((file) => file.name === "results.json")?.text ?? "";
};

describe("the runner's --threads", () => {
  it("writes byte-identical results.json with 1, 2 and 4 worker threads", async () => {
    const one = await resultsJson(1);
    expect(one).toContain('"uncertainty"');
    expect(await resultsJson(2)).toBe(one);
    expect(await resultsJson(4)).toBe(one);
  }, 240_000);
});
