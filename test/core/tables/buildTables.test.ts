import { beforeAll, describe, expect, it } from "@jest/globals";
import { ADDITIVE_UNITS } from "../../../src/core/tables/constants";
import { buildTables } from "../../../src/core/tables/buildTables";
import type { Table } from "../../../src/core/tables/types";
import { INJECTED_HEADER, smallRun, type SmallRun } from "./smallRun";

/** Sums of money over up to a few hundred rows: only floating-point rounding may differ. */
const SUM_DIGITS = 6;

let small: SmallRun;
let tables: readonly Table[];
const byId = (id: Table["id"]): Table => {
  const table = tables.find((t) => t.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
};

beforeAll(async () => {
  small = await smallRun();
  tables = buildTables(small.run, small.weeks);
}, 120_000);

describe("buildTables on a real run", () => {
  it("returns every table in tab order with the runner's file names and sheet names Excel accepts", () => {
    expect(tables.map((t) => t.fileName)).toEqual([
      "summary.csv",
      "data_checks.csv",
      "coefficients.csv",
      "effects.csv",
      "fitted.csv",
      "contributions.csv",
      "diagnostics.csv",
      "sensitivity.csv",
      "budget.csv",
      "response_curves.csv",
      "test_plan.csv",
    ]);
    for (const table of tables) {
      expect(table.title.length).toBeLessThanOrEqual(31);
      expect(table.description.length).toBeGreaterThan(0);
    }
    expect(new Set(tables.map((t) => t.title)).size).toBe(tables.length);
  });

  it("gives every row and total a cell per column, numbers always finite, and per-cell units the same shape", () => {
    for (const table of tables) {
      const rows = table.total ? [...table.rows, table.total] : table.rows;
      for (const row of rows) {
        expect(row).toHaveLength(table.columns.length);
        for (const cell of row)
          if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      }
      if (table.cellUnits) {
        expect(table.cellUnits).toHaveLength(table.rows.length);
        for (const units of table.cellUnits) expect(units).toHaveLength(table.columns.length);
      }
      expect(new Set(table.columns.map((c) => c.key)).size).toBe(table.columns.length);
    }
  });

  it("makes every total row's money and count cells the sum of its rows", () => {
    const withTotals = tables.filter((t) => t.total !== null);
    expect(withTotals.map((t) => t.id)).toEqual(["contributions", "budget"]);
    for (const table of withTotals) {
      table.columns.forEach((column, c) => {
        if (!ADDITIVE_UNITS.includes(column.unit)) return;
        const sum = table.rows.reduce((s, row) => s + (row[c] as number), 0);
        expect(table.total?.[c]).toBeCloseTo(sum, SUM_DIGITS);
      });
    }
    const budget = small.run.budget;
    const total = byId("budget").total;
    expect(total?.[0]).toBe("Total");
    expect(total?.[1]).toBeCloseTo(budget?.totalCurrent ?? Number.NaN, SUM_DIGITS);
    expect(total?.[2]).toBeCloseTo(budget?.totalRecommended ?? Number.NaN, SUM_DIGITS);
  });

  it("shows mean-referenced totals (trend, seasonality) as exactly 0, not as rounding noise", () => {
    const table = byId("contributions");
    for (const key of ["trend", "seasonality"]) {
      const c = table.columns.findIndex((column) => column.key === key);
      if (c >= 0) expect(table.total?.[c]).toBe(0);
    }
  });

  it("splits every week's fitted total into parts that add up to it", () => {
    const table = byId("contributions");
    for (const row of table.rows) {
      const parts = row.slice(1, -1) as number[];
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(
        row[row.length - 1] as number,
        SUM_DIGITS
      );
    }
    expect(table.rows.map((row) => row[0])).toEqual(small.weeks);
  });

  it("states the headline mediator variant and labels the predicted one a sensitivity check", () => {
    const summary = new Map(byId("summary").rows.map((row) => [row[0], row[1]]));
    expect(summary.get("Headline variant")).toBe(
      "observed google_spend — standard causal mediation"
    );
    expect(summary.get("Why the headline")).toMatch(/standard causal-mediation estimate/);
    expect(summary.get("Predicted google_spend variant")).toMatch(/^a sensitivity check/);
    const effects = byId("effects");
    const readings = effects.rows.map((row) => `${row[0]}:${row[2]}`);
    expect(new Set(readings)).toEqual(
      new Set(["observed:headline", "predicted:sensitivity check"])
    );
    expect(readings.indexOf("predicted:sensitivity check")).toBeGreaterThan(
      readings.lastIndexOf("observed:headline")
    );
    expect(effects.notes.join(" ")).toMatch(/Headline: the observed google_spend variant/);
  });

  it("shows the run's effects and intervals, not numbers of its own", () => {
    const effects = byId("effects");
    const column = (key: string) => effects.columns.findIndex((c) => c.key === key);
    const intervals = small.run.intervals;
    for (const effect of small.run.result.effects.channels) {
      const row = effects.rows.find((r) => r[0] === "observed" && r[1] === effect.channel);
      expect(row?.[column("total")]).toBe(effect.total);
      expect(row?.[column("indirect")]).toBe(effect.indirect);
      const ci = intervals?.observed.channels.find((c) => c.channel === effect.channel);
      expect(row?.[column("total_ci90_low")]).toBe(ci?.total.lower);
    }
  });

  it("keeps a data column's name as it is in the model (renderers neutralise it)", () => {
    const labels = byId("contributions").columns.map((c) => c.label);
    expect(labels.some((label) => label.startsWith(`${INJECTED_HEADER} (vs mean`))).toBe(true);
  });

  it("heads the Summary with the run's verdict and lists the run's data checks, fail first", () => {
    const summary = tables[0];
    const health = small.run.health;
    expect(health).not.toBeNull();
    expect(summary?.rows[0]).toEqual(["Health verdict", health?.status]);
    expect(summary?.rows[1]).toEqual(["Verdict summary", health?.summary]);
    expect(summary?.rows.slice(2, 2 + (health?.drivers.length ?? 0)).map((r) => r[0])).toEqual(
      health?.drivers.map((d, i) =>
        expect.stringMatching(new RegExp(`^Driver ${i + 1} \\(${d.status}\\): `))
      )
    );
    const checks = tables.find((t) => t.id === "dataChecks");
    expect(checks?.rows).toHaveLength(small.run.dataChecks.length);
    const order = { fail: 0, review: 1, pass: 2 } as const;
    const ranks = checks?.rows.map((r) => order[r[0] as keyof typeof order]) ?? [];
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(checks?.rows.map((r) => r[0]).sort()).toEqual(
      small.run.dataChecks.map((c) => c.status).sort()
    );
  });
});
