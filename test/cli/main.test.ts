import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import Papa from "papaparse";
import { main } from "../../src/cli/main";
import { simulateMmmData } from "../../src/core/simulate/simulateMmmData";

const SHARED_CSV = join(__dirname, "../../../shared/data/mmm_weekly_assessment.csv");

function captureStderr(): { text: () => string; restore: () => void } {
  let buffer = "";
  const spy = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((chunk: string | Uint8Array) => {
      buffer += String(chunk);
      return true;
    });
  const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  return {
    text: () => buffer,
    restore: () => {
      spy.mockRestore();
      out.mockRestore();
    },
  };
}

function simulatedRows(weeks = 104): unknown[][] {
  return simulateMmmData({ seed: 7, weeks }).grid.map((row) => [...row]);
}

function writeCsv(dir: string, rows: readonly (readonly unknown[])[]): string {
  const file = join(dir, "data.csv");
  writeFileSync(file, Papa.unparse(rows.map((r) => [...r])));
  return file;
}

describe("mmm fit (headless runner)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "mmm-cli-"));
  });

  it("writes results.json with the documented shape and the CSV tables", async () => {
    const csv = writeCsv(dir, simulatedRows());
    const out = join(dir, "out");
    const io = captureStderr();
    const code = await main(["fit", csv, "--out", out, "--seed", "3", "--replicates", "20"]);
    io.restore();
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      expect.arrayContaining([
        "coefficients.csv",
        "contributions.csv",
        "effects.csv",
        "fitted.csv",
        "results.json",
      ])
    );
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.schema).toBe("mmm-result/1");
    expect(results.data).toMatchObject({ weeks: 104, start: "2023-09-17" });
    expect(typeof results.data.holdout_start).toBe("string");
    expect(results.roles).toMatchObject({
      date: "week",
      outcome: "revenue",
      mediator: "google_spend",
    });
    for (const stage of ["stage1", "stage2"]) {
      for (const set of ["train", "cv", "holdout"]) {
        expect(Object.keys(results.metrics[stage][set])).toEqual(
          expect.arrayContaining(["r2", "rmse", "mape", "wape"])
        );
      }
    }
    for (const channel of results.roles.social) {
      expect(Object.keys(results.effects[channel]).sort()).toEqual(
        [
          "ci90",
          "direct",
          "indirect",
          "induced_mediator_spend",
          "net_roas",
          "roas",
          "roas_mediated",
          "share_mediated",
          "spend",
          "total",
        ].sort()
      );
      expect(results.effects[channel].total).toBeCloseTo(
        results.effects[channel].direct + results.effects[channel].indirect,
        6
      );
    }
    expect(Object.keys(results.effects.google_spend).sort()).toEqual([
      "ci90",
      "roas",
      "spend",
      "total",
    ]);
    expect(results.mediator_variant).toBe("observed");
    // 104 weeks: 4 CV folds and the full shape prior (4 standard errors), as the README's tuning paragraph says.
    expect(results.search).toEqual({ cv_folds: 4, shape_prior_standard_errors: 4 });
    expect(Object.keys(results.variants.predicted.effects)).toEqual(Object.keys(results.effects));
    expect(typeof results.elasticity.value).toBe("number");
    for (const channel of results.roles.social) {
      const ci = results.effects[channel].ci90;
      expect(Object.keys(ci).sort()).toEqual([
        "direct",
        "indirect",
        "induced_mediator_spend",
        "net_roas",
        "roas",
        "share_mediated",
        "total",
      ]);
      expect(ci.total[0]).toBeLessThanOrEqual(ci.total[1]);
    }
    expect(results.elasticity.ci90).toHaveLength(2);
    expect(results.promo_lift.ci90).toHaveLength(2);
    expect(Object.keys(results.budget)).toEqual(
      expect.arrayContaining(["current", "recommended", "expected_change"])
    );
    expect(results.budget.expected_change.ci90).toHaveLength(2);
    expect(readdirSync(out)).toEqual(
      expect.arrayContaining([
        "budget.csv",
        "sensitivity.csv",
        "diagnostics.csv",
        "response_curves.csv",
      ])
    );
    expect(typeof results.promo_lift.value).toBe("number");
    expect(Array.isArray(results.warnings)).toBe(true);
    const fitted = readFileSync(join(out, "fitted.csv"), "utf8").trim().split("\n");
    expect(fitted).toHaveLength(105);
    expect(fitted[0]).toContain("set");
    expect(fitted.filter((line) => line.includes(",holdout,"))).toHaveLength(21);
  }, 180000);

  it("writes byte-identical files for the same data and seed, and stamps the time only with --stamp-time", async () => {
    const csv = writeCsv(dir, simulatedRows());
    const io = captureStderr();
    const args = ["--replicates", "4", "--seed", "5", "--quiet"];
    expect(await main(["fit", csv, "--out", join(dir, "a"), ...args])).toBe(0);
    expect(await main(["fit", csv, "--out", join(dir, "b"), ...args])).toBe(0);
    expect(await main(["fit", csv, "--out", join(dir, "c"), ...args, "--stamp-time"])).toBe(0);
    io.restore();
    const names = readdirSync(join(dir, "a")).sort();
    expect(names).toEqual(expect.arrayContaining(["results.json", "model.json", "report.html"]));
    expect(readdirSync(join(dir, "b")).sort()).toEqual(names);
    for (const name of names) {
      expect([name, readFileSync(join(dir, "b", name))]).toEqual([
        name,
        readFileSync(join(dir, "a", name)),
      ]);
    }
    expect(JSON.parse(readFileSync(join(dir, "a", "model.json"), "utf8")).fitTime).toBeNull();
    const stamped = JSON.parse(readFileSync(join(dir, "c", "model.json"), "utf8")).fitTime;
    expect(stamped).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(readFileSync(join(dir, "c", "report.html"), "utf8")).toContain(`Generated ${stamped}`);
  }, 180000);

  it("puts ingestion warnings (a constant column) into results.json, and --quiet keeps them off stderr", async () => {
    const rows = simulatedRows().map((row, i) => [...row, i === 0 ? "flat_control" : 1]);
    const csv = writeCsv(dir, rows);
    const config = join(dir, "config.json");
    writeFileSync(config, JSON.stringify({ roles: { controls: ["promotions", "flat_control"] } }));
    const io = captureStderr();
    const out = join(dir, "out");
    expect(
      await main(["fit", csv, "--out", out, "--config", config, "--replicates", "0", "--quiet"])
    ).toBe(0);
    io.restore();
    expect(io.text()).not.toMatch(/flat_control/);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.warnings.join("\n")).toMatch(/flat_control/);
  }, 60_000);

  it("warns about a channel spent only in the holdout weeks, naming it", async () => {
    const rows = simulatedRows();
    const header = rows[0] as string[];
    const tiktok = header.indexOf("tiktok_spend");
    // 104 weeks, holdout 0.2: the last 21 weeks are held out; tiktok is zeroed in the 83 before them.
    const mangled = rows.map((row, i) =>
      i === 0 || i > 83 ? row : row.map((v, j) => (j === tiktok ? 0 : v))
    );
    const csv = writeCsv(dir, mangled);
    const out = join(dir, "out");
    const io = captureStderr();
    expect(await main(["fit", csv, "--out", out, "--replicates", "0"])).toBe(0);
    io.restore();
    expect(io.text()).toMatch(/tiktok_spend has no spend in any of the 83 training weeks/);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.warnings.join("\n")).toMatch(
      /tiktok_spend has no spend in any of the 83 training weeks/
    );
  }, 60_000);

  it("ends a missing --config file and an --out that is a file with a plain message and exit 1", async () => {
    const csv = writeCsv(dir, simulatedRows());
    const file = join(dir, "taken");
    writeFileSync(file, "x");
    const io = captureStderr();
    expect(
      await main(["fit", csv, "--out", join(dir, "o"), "--config", join(dir, "no.json")])
    ).toBe(1);
    expect(await main(["fit", csv, "--out", file])).toBe(1);
    io.restore();
    expect(io.text()).toMatch(
      /mmm: Cannot read the --config file .*no\.json: there is no such file/
    );
    expect(io.text()).toMatch(/mmm: --out .*taken is a file, not a folder/);
    expect(io.text()).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, "utf8")).toBe("x");
  });

  it("refuses a CSV with an unmatched quote, naming the line", async () => {
    const file = join(dir, "data.csv");
    writeFileSync(file, 'week,revenue\n2023-09-17,1\n2023-09-24,"2\n2023-10-01,3\n');
    const io = captureStderr();
    expect(await main(["fit", file, "--out", join(dir, "o")])).toBe(1);
    io.restore();
    expect(io.text()).toMatch(
      /data\.csv cannot be read as CSV:\n {2}line 3: a quoted cell is never closed/
    );
    expect(existsSync(join(dir, "o"))).toBe(false);
  });

  const badCases: [string, (rows: unknown[][]) => unknown[][], RegExp][] = [
    [
      "text in a spend cell",
      (rows) => rows.map((r, i) => (i === 5 ? r.map((v, j) => (j === 1 ? "n/a" : v)) : r)),
      /B6/,
    ],
    [
      "a duplicated week",
      (rows) => [...rows.slice(0, 20), rows[19] as unknown[], ...rows.slice(20)],
      /duplicate|twice|more than once/i,
    ],
    ["only 10 rows", (rows) => rows.slice(0, 11), /10 weeks|too few|at least/i],
    [
      "a missing mediator column",
      (rows) => rows.map((r) => r.filter((_v, j) => (rows[0] as unknown[])[j] !== "google_spend")),
      /google_spend|mediator/i,
    ],
  ];

  it.each(badCases)(
    "exits non-zero on %s, printing the problem and writing nothing",
    async (_name, mangle, pattern) => {
      const csv = writeCsv(dir, mangle(simulatedRows()));
      const out = join(dir, "out");
      const config = join(dir, "config.json");
      writeFileSync(config, JSON.stringify({ roles: { mediator: "google_spend" } }));
      const io = captureStderr();
      const code = await main(["fit", csv, "--out", out, "--config", config]);
      io.restore();
      expect(code).toBe(1);
      expect(io.text()).toMatch(pattern);
      expect(existsSync(out)).toBe(false);
    }
  );

  it("takes the bootstrap's tuning from the config and rejects an unknown one", async () => {
    const csv = writeCsv(dir, simulatedRows());
    const config = join(dir, "config.json");
    writeFileSync(config, JSON.stringify({ bootstrap: { replicates: 4, tuning: "fixed" } }));
    const out = join(dir, "fixed");
    const io = captureStderr();
    expect(await main(["fit", csv, "--out", out, "--config", config, "--quiet"])).toBe(0);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.uncertainty).toMatchObject({ tuning: "fixed", replicates: 4 });
    writeFileSync(config, JSON.stringify({ bootstrap: { tuning: "sometimes" } }));
    expect(await main(["fit", csv, "--out", join(dir, "bad"), "--config", config])).toBe(1);
    io.restore();
    expect(io.text()).toMatch(
      /bootstrap\.tuning is "sometimes"; it must be "auto", "retuned" or "fixed"/
    );
    expect(existsSync(join(dir, "bad"))).toBe(false);
  }, 60_000);

  it("explains a bad option and prints usage for --help", async () => {
    const io = captureStderr();
    expect(await main(["fit", "x.csv"])).toBe(1);
    expect(io.text()).toMatch(/--out/);
    expect(await main(["--help"])).toBe(0);
    expect(await main(["fit", "missing.csv", "--out", join(dir, "o")])).toBe(1);
    expect(io.text()).toMatch(/Cannot read missing.csv/);
    io.restore();
  });

  const maybe = existsSync(SHARED_CSV) ? it : it.skip;
  if (!existsSync(SHARED_CSV)) console.warn(`skipping the real-data fit: ${SHARED_CSV} is absent`);
  maybe(
    "fits the real 104-week data set and reports holdout R² and WAPE",
    async () => {
      const out = join(dir, "real");
      const io = captureStderr();
      const code = await main(["fit", SHARED_CSV, "--out", out, "--replicates", "0", "--quiet"]);
      io.restore();
      expect(code).toBe(0);
      const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
      const holdout = results.metrics.stage2.holdout;
      console.log(
        `real data holdout: R² ${holdout.r2.toFixed(3)}, WAPE ${(holdout.wape * 100).toFixed(1)}%`
      );
      expect(results.data.weeks).toBe(104);
      expect(Number.isFinite(holdout.r2)).toBe(true);
      expect(Number.isFinite(holdout.wape)).toBe(true);
    },
    60000
  );
});
