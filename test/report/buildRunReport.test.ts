import { buildReport } from "../../src/report/buildReport";
import { buildRunReport } from "../../src/report/buildRunReport";
import { toDataset } from "../../src/core/data/toDataset";
import { runMmm } from "../../src/core/pipeline/runMmm";
import type { MmmRun } from "../../src/core/pipeline/types";
import { simulateMmmData } from "../../src/core/simulate/simulateMmmData";
import type { Dataset } from "../../src/core/types";

const ingested = toDataset(simulateMmmData({ seed: 11 }).grid);
if (!ingested.ok) throw new Error("The simulated grid did not ingest.");
const dataset: Dataset = ingested.dataset;

describe("buildRunReport", () => {
  let run: MmmRun;
  beforeAll(async () => {
    run = await runMmm(dataset, { fit: { form: "additive" }, bootstrap: { replicates: 0 } });
  }, 120_000);

  it("prints no time unless one is passed, so the same run gives the same bytes", async () => {
    const first = await buildRunReport(dataset, run, { source: "weekly.csv" });
    const second = await buildRunReport(dataset, run, { source: "weekly.csv" });
    expect(second).toBe(first);
    expect(first).not.toContain("Generated");
    expect(first).toContain("Data: weekly.csv");
    const stamped = await buildRunReport(dataset, run, { generatedAt: "2026-01-01T00:00:00Z" });
    expect(stamped).toContain("Generated 2026-01-01T00:00:00Z");
  }, 60_000);

  it("is buildReport of the run's result and analysis", async () => {
    const direct = await buildReport({
      dataset,
      result: run.result,
      analysis: run,
      source: "x.csv",
    });
    expect(await buildRunReport(dataset, run, { source: "x.csv" })).toBe(direct);
  }, 60_000);
});
