import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import { toDataset } from "../../../src/core/data/toDataset";
import { preflight } from "../../../src/core/pipeline/preflight";
import { dataCheckLines } from "../../../src/taskpane/state/dataCheckLines";
import { DEFAULT_FORM_OPTIONS } from "../../../src/taskpane/state/paneState";

describe("dataCheckLines", () => {
  const grid = simulateMmmData({ seed: 3 }).grid.map((row) => [...row]);

  it("shows preflight's non-pass checks, fail first, in plain words", () => {
    // Spend tiktok_spend the same amount every week: its variation check fails.
    const tiktok = (grid[0] as unknown[]).indexOf("tiktok_spend");
    const flat = grid.map((row, r) =>
      r === 0 ? row : row.map((v, c) => (c === tiktok ? 500 : v))
    );
    const ingestion = toDataset(flat, {});
    if (!ingestion.ok) throw new Error("the data should read");
    const checks = preflight(ingestion.dataset, { holdoutShare: 0.2 }).dataChecks;
    const lines = dataCheckLines(ingestion, DEFAULT_FORM_OPTIONS);
    expect(lines.map((l) => l.id).sort()).toEqual(
      checks
        .filter((c) => c.status !== "pass")
        .map((c) => c.id)
        .sort()
    );
    const statuses = lines.map((l) => l.status);
    expect(statuses[0]).toBe("fail");
    expect(statuses).toEqual([...statuses].sort()); // "fail" < "review"
    expect(lines.some((l) => l.text.startsWith("TikTok spend"))).toBe(true);
    expect(lines.every((l) => !l.text.includes("tiktok_spend"))).toBe(true);
  });

  it("has no lines before a read or when the read failed", () => {
    expect(dataCheckLines(null, DEFAULT_FORM_OPTIONS)).toEqual([]);
    const failed = toDataset([["week"]], {});
    expect(dataCheckLines(failed, DEFAULT_FORM_OPTIONS)).toEqual([]);
  });
});
