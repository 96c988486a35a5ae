import { dashboardSpec } from "../../../src/core/charts/dashboardSpec";
import type { DashboardCell, DashboardSpec } from "../../../src/core/charts/types";
import { toDataset } from "../../../src/core/data/toDataset";
import { runMmm } from "../../../src/core/pipeline/runMmm";
import type { MmmRun } from "../../../src/core/pipeline/types";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import type { Dataset } from "../../../src/core/types";

const ingested = toDataset(simulateMmmData({ seed: 11 }).grid);
if (!ingested.ok) throw new Error("The simulated grid did not ingest.");
const dataset: Dataset = ingested.dataset;

/** Parses "B7" into 0-based column and 1-based row. */
function parseCell(address: string): { column: number; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`bad cell ${address}`);
  let column = 0;
  for (const ch of match[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(match[2]) };
}

/** The cells of every block as the sheet would hold them, read back through a range address. */
function sheetOf(spec: DashboardSpec): (range: string) => DashboardCell[] {
  const cells = new Map<string, DashboardCell>();
  for (const block of spec.blocks) {
    const start = parseCell(block.address.split(":")[0] as string);
    [block.header, ...block.rows].forEach((row, r) =>
      row.forEach((value, c) => cells.set(`${start.column + c},${start.row + r}`, value))
    );
  }
  return (range) => {
    const [a, b] = range.split(":").map((part) => parseCell(part));
    if (!a || !b || a.column !== b.column) throw new Error(`not one column: ${range}`);
    return Array.from(
      { length: b.row - a.row + 1 },
      (_, i) => cells.get(`${a.column},${a.row + i}`) ?? ""
    );
  };
}

describe("dashboardSpec", () => {
  let run: MmmRun;
  beforeAll(async () => {
    run = await runMmm(dataset, {
      fit: { form: "additive" },
      bootstrap: { replicates: 4, seed: 3 },
    });
  }, 120_000);

  it("draws every chart from block ranges that hold the run's own numbers", () => {
    const spec = dashboardSpec(run, dataset.weeks);
    const read = sheetOf(spec);
    expect(spec.charts.map((c) => c.id)).toEqual(["roas", "paths", "response", "budget", "fit"]);
    const roas = spec.charts.find((c) => c.id === "roas");
    const point = roas?.series.find((s) => s.name === "ROAS");
    const channels = read(point?.categories ?? "");
    const expected = [...run.result.effects.channels, run.result.effects.mediator]
      .filter((c) => c !== null && c.roas !== null)
      .map((c) => [c?.channel, c?.roas]);
    expect(channels.map((name, i) => [name, read(point?.values ?? "")[i]])).toEqual(expected);
    const fit = spec.charts.find((c) => c.id === "fit");
    const actual = read(fit?.series.find((s) => s.name === "Actual")?.values ?? "");
    expect(actual).toEqual([...run.result.series.stage2.actual]);
    const low = read(fit?.series.find((s) => s.name === "Band 90% low")?.values ?? "");
    expect(low).toEqual([...(run.intervals?.predictionBand.lower ?? [])]);
    const shade = read(fit?.series.find((s) => s.name === "Holdout weeks")?.values ?? "");
    shade.forEach((v, i) => expect(v !== "").toBe(run.result.series.stage2.isHoldout[i]));
  });

  it("stacks the hidden base and the visible parts to the ends of each ROAS interval", () => {
    const spec = dashboardSpec(run, dataset.weeks);
    const read = sheetOf(spec);
    const roas = spec.charts.find((c) => c.id === "roas");
    const [base, above, below] = [
      "Bar base (hidden)",
      "90% interval",
      "90% interval (below 0)",
    ].map((name) => read(roas?.series.find((s) => s.name === name)?.values ?? "") as number[]);
    const names = read(roas?.series[0]?.categories ?? "");
    names.forEach((name, i) => {
      const social = run.intervals?.observed.channels.find((c) => c.channel === name)?.roas;
      const interval = social ?? run.intervals?.observed.mediator?.roas;
      const b = base?.[i] ?? NaN;
      const top = (b > 0 ? b : 0) + (above?.[i] ?? 0);
      const bottom = (b < 0 ? b : 0) + (below?.[i] ?? 0);
      expect(top).toBeCloseTo(Math.max(interval?.upper ?? NaN, 0), 9);
      expect(bottom).toBeCloseTo(Math.min(interval?.lower ?? NaN, 0), 9);
    });
  });

  it("places the charts without overlap and the data blocks below them", () => {
    const spec = dashboardSpec(run, dataset.weeks);
    const boxes = spec.charts.map((c) => {
      const a = parseCell(c.position[0]);
      const b = parseCell(c.position[1]);
      return { c0: a.column, r0: a.row, c1: b.column, r1: b.row };
    });
    boxes.forEach((p, i) =>
      boxes.slice(i + 1).forEach((q) => {
        const apart = p.c1 < q.c0 || q.c1 < p.c0 || p.r1 < q.r0 || q.r1 < p.r0;
        expect(apart).toBe(true);
      })
    );
    const lastChartRow = Math.max(...boxes.map((b) => b.r1));
    const firstBlockRow = Math.min(...spec.blocks.map((b) => parseCell(b.titleAddress).row));
    expect(firstBlockRow).toBeGreaterThan(lastChartRow);
  });

  it("leaves out the interval bars, band, response and budget charts when the run has none, and says so", () => {
    const bare: MmmRun = { ...run, intervals: null, budget: null };
    const spec = dashboardSpec(bare, dataset.weeks);
    expect(spec.charts.map((c) => c.id)).toEqual(["roas", "paths", "fit"]);
    expect(spec.charts[0]?.kind).toBe("columnClustered");
    expect(spec.charts[2]?.series.map((s) => s.name)).toEqual([
      "Holdout weeks",
      "Actual",
      "Fitted",
    ]);
    expect(spec.notes.join(" ")).toMatch(/No uncertainty intervals.*No budget plan/);
  });
});
