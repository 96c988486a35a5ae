/**
 * Parity of the workbook's output sheets with the headless runner (issue "The numbers on the sheets equal the
 * headless runner's for the same data"): e2e.mjs starts `headlessRun.ts` (computeRun of src/cli/runFit.ts, what
 * `npx mmm fit` runs) on the preview's own sample grid while the pane fits in the browser, then compares
 * (1) the key figures on MMM Summary, MMM Effects and MMM Budget with results.json and (2) every cell of every
 * output sheet with the pane's sheet builders applied to the headless result.
 *
 * Same core code, same options, same seed, but not the same JavaScript engine: Chromium's V8 and Node's V8 differ in
 * the last bit of Math.exp/log/pow/sin/cos for a few percent of arguments (measured: 2–10% of random arguments), so
 * about 60% of the cells differ in their last bits (relative ≤ 1e-15). The tolerance is relative 1e-9 of a number's
 * magnitude, or of its row's largest magnitude for a number that is a difference of larger ones (an indirect
 * contribution of ~0 computed as fitted minus counterfactual revenue of ~60,000 carries ~1e-11 absolute noise).
 * Any real difference (holdout share, CV folds, seed, replicates, dates) moves numbers far beyond that.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Relative tolerance of the comparison (the same arithmetic on both sides; 1e-9 only absorbs nothing but noise). */
export const PARITY_RELATIVE_TOLERANCE = 1e-9;
/**
 * Tolerance of a numerical derivative (the marginal ROAS columns): a central difference with a relative step of
 * ∛ε ≈ 6e-6 divides the engines' last-bit differences in the response (~1e-11 relative) by the step, so Chromium and
 * Node agree only to about 1e-8 there (measured 2.4e-8); 1e-6 is the derivative's own accuracy.
 */
export const DERIVATIVE_RELATIVE_TOLERANCE = 1e-6;
/** Below this absolute difference two numbers are equal whatever their size (e.g. an effect that is exactly 0). */
const ABSOLUTE_FLOOR = 1e-12;

/**
 * True when two cells agree: numbers to the relative tolerance of their magnitude or of `scale` (the largest
 * magnitude of the row they are computed from), blank ("") equals null, text exactly.
 */
export function sameCell(actual, expected, scale = 0, tolerance = PARITY_RELATIVE_TOLERANCE) {
  if (typeof actual === "number" && typeof expected === "number") {
    const difference = Math.abs(actual - expected);
    return (
      difference <= ABSOLUTE_FLOOR ||
      difference <= tolerance * Math.max(Math.abs(actual), Math.abs(expected), scale)
    );
  }
  // The sheets write a missing figure as ""; results.json writes null.
  const blank = (v) => v === "" || v === null || v === undefined;
  if (blank(actual) && blank(expected)) return true;
  const text = (v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v);
  return text(actual) === text(expected);
}

/**
 * Starts the headless run on a grid (header row + weeks) in a child process; resolves with
 * `{ results, sheets, ms }`. Runs alongside the browser fit.
 */
export function startHeadlessRun({ root, grid, seed, replicates, source }) {
  const dir = mkdtempSync(join(tmpdir(), "mmm-parity-"));
  const csv = join(dir, "sample.csv");
  const out = join(dir, "headless.json");
  writeFileSync(csv, grid.map((row) => row.map(String).join(",")).join("\n") + "\n");
  const started = Date.now();
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(
      process.execPath,
      [
        join(root, "node_modules/tsx/dist/cli.mjs"),
        join(root, "test/browser/headlessRun.ts"),
        csv,
        String(seed),
        String(replicates),
        out,
        ...(source ? [source] : []),
      ],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"] }
    );
    // Never outlive the e2e process (e.g. when Chromium fails to start).
    const stop = () => child.kill();
    process.on("exit", stop);
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", rejectRun);
    child.on("close", (code) => {
      process.off("exit", stop);
      try {
        if (code !== 0) throw new Error(`headless run exited ${code}: ${stderr.slice(0, 500)}`);
        const parsed = JSON.parse(readFileSync(out, "utf8"));
        resolveRun({ ...parsed, ms: Date.now() - started });
      } catch (error) {
        rejectRun(error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** Largest magnitude among a row's numbers. */
const rowScale = (row) =>
  row.reduce((max, v) => (typeof v === "number" ? Math.max(max, Math.abs(v)) : max), 0);

/**
 * Collects comparisons: `add(label, actual, expected, scale?)`; `mismatches` lists the failures; `exact` counts
 * bit-equal numbers, `rowScaled` those within tolerance only against their row's scale; `maxRelative` is the
 * largest difference relative to max(own magnitude, row scale).
 */
function tally() {
  const state = { compared: 0, exact: 0, rowScaled: 0, mismatches: [], maxRelative: 0 };
  state.add = (label, actual, expected, scale = 0, tolerance = PARITY_RELATIVE_TOLERANCE) => {
    if (expected === undefined) return;
    state.compared++;
    if (typeof actual === "number" && typeof expected === "number") {
      if (actual === expected) state.exact++;
      else {
        const own = Math.max(Math.abs(actual), Math.abs(expected));
        state.maxRelative = Math.max(
          state.maxRelative,
          Math.abs(actual - expected) / Math.max(own, scale)
        );
        if (!sameCell(actual, expected) && sameCell(actual, expected, scale)) state.rowScaled++;
      }
    }
    if (!sameCell(actual, expected, scale, tolerance))
      state.mismatches.push(`${label}: sheet ${actual} vs headless ${expected}`);
  };
  state.result = () => ({
    compared: state.compared,
    exact: state.exact,
    rowScaled: state.rowScaled,
    mismatches: state.mismatches,
    maxRelative: state.maxRelative,
  });
  return state;
}

const columnOf = (sheet, name) => {
  const index = sheet.values[0].indexOf(name);
  if (index < 0) throw new Error(`${sheet.name} has no column '${name}'`);
  return index;
};

/** Effects columns and the results.json field each one shows. */
const EFFECT_FIELDS = [
  ["Spend", (e) => e.spend],
  ["Total effect", (e) => e.total],
  ["Direct effect", (e) => e.direct],
  ["Share mediated", (e) => e.share_mediated],
  ["ROAS", (e) => e.roas],
  ["ROAS via mediator", (e) => e.roas_mediated],
  ["Total 90% low", (e) => e.ci90?.total?.[0]],
  ["Total 90% high", (e) => e.ci90?.total?.[1]],
  ["Share mediated 90% low", (e) => e.ci90?.share_mediated?.[0]],
  ["Share mediated 90% high", (e) => e.ci90?.share_mediated?.[1]],
  ["ROAS 90% low", (e) => e.ci90?.roas?.[0]],
  ["ROAS 90% high", (e) => e.ci90?.roas?.[1]],
];

/**
 * Compares the key figures on the sheets with results.json: holdout scores of both stages, share mediated, ROAS,
 * elasticity and promotion lift (MMM Summary); each channel's spend, total, direct, indirect, share, ROAS and
 * intervals per variant (MMM Effects); current and recommended weekly spend, bounds, revenue and marginal ROAS per
 * channel and the totals (MMM Budget).
 * @param snapshots - `{ [sheetName]: snapshot }` from the fake workbook
 * @param results - results.json's object
 * @returns `{ compared, exact, rowScaled, mismatches, maxRelative }`
 */
export function compareKeyFigures(snapshots, results) {
  const t = tally();
  const summary = snapshots["MMM Summary"];
  const item = (label) => summary.values.find((row) => row[0] === label)?.[1];
  const { outcome, mediator, social } = results.roles;
  for (const [stage, name] of [
    ["stage2", outcome],
    ["stage1", mediator],
  ]) {
    const label = `Stage ${stage.slice(-1)} (${name})`;
    const holdout = results.metrics[stage].holdout;
    t.add(`Summary ${label} R²`, item(`${label}: holdout R²`), holdout.r2);
    t.add(`Summary ${label} MAPE`, item(`${label}: holdout MAPE`), holdout.mape);
    t.add(`Summary ${label} WAPE`, item(`${label}: holdout WAPE`), holdout.wape);
  }
  t.add("Summary weeks", item("Weeks"), results.data.weeks);
  t.add("Summary training weeks", item("Training weeks"), results.data.train_weeks);
  t.add("Summary CV folds", item("CV folds"), results.search.cv_folds);
  t.add(
    "Summary shape prior",
    item("Shape prior (standard errors)"),
    results.search.shape_prior_standard_errors
  );
  for (const channel of social) {
    const effect = results.effects[channel];
    t.add(`Summary share ${channel}`, item(`Share mediated: ${channel}`), effect.share_mediated);
    t.add(`Summary ROAS ${channel}`, item(`ROAS: ${channel}`), effect.roas);
  }
  t.add(
    "Summary elasticity",
    item(`Price elasticity (${results.elasticity.column})`),
    results.elasticity.value
  );
  t.add(
    "Summary promotion lift",
    item(`Promotion lift (${results.promo_lift.column})`),
    results.promo_lift.value
  );
  t.add(
    "Summary revenue per promotion week",
    item("Revenue per promotion week"),
    results.promo_lift.revenue_per_promo_week
  );

  const effects = snapshots["MMM Effects"];
  const indirectColumn = columnOf(effects, `Effect via ${mediator}`);
  const variants = { observed: results.effects, predicted: results.variants?.predicted?.effects };
  let effectRows = 0;
  for (const row of effects.values.slice(1)) {
    const expected = variants[row[0]]?.[row[1]];
    if (!expected) throw new Error(`Effects row ${row[0]}/${row[1]} is not in results.json`);
    effectRows++;
    const scale = rowScale(row);
    for (const [column, field] of EFFECT_FIELDS)
      t.add(
        `Effects ${row[0]} ${row[1]} ${column}`,
        row[columnOf(effects, column)],
        field(expected),
        scale
      );
    t.add(`Effects ${row[0]} ${row[1]} indirect`, row[indirectColumn], expected.indirect, scale);
  }
  const expectedRows = Object.values(variants).reduce(
    (n, v) => n + (v ? Object.keys(v).length : 0),
    0
  );
  if (effectRows !== expectedRows)
    t.mismatches.push(`Effects rows ${effectRows} vs ${expectedRows}`);

  const budget = snapshots["MMM Budget"];
  const col = (name) => columnOf(budget, name);
  for (const line of results.budget.channels) {
    const row = budget.values.find((r) => r[0] === line.channel);
    if (!row) {
      t.mismatches.push(`Budget has no row for ${line.channel}`);
      continue;
    }
    const add = (label, actual, expectedValue) =>
      t.add(label, actual, expectedValue, rowScale(row));
    add(`Budget ${line.channel} current`, row[col("Current weekly spend")], line.current);
    add(
      `Budget ${line.channel} recommended`,
      row[col("Recommended weekly spend")],
      line.recommended
    );
    add(`Budget ${line.channel} lowest`, row[col("Lowest allowed")], line.min);
    add(`Budget ${line.channel} highest`, row[col("Highest allowed")], line.max);
    add(`Budget ${line.channel} revenue now`, row[col("Weekly revenue now")], line.current_revenue);
    add(
      `Budget ${line.channel} revenue recommended`,
      row[col("Weekly revenue recommended")],
      line.recommended_revenue
    );
    // The plan's marginal ROAS is net of induced google spend when it counts that spend as a cost (two-stage).
    const marginal = results.budget.induced_spend_as_cost
      ? "Marginal ROAS, net of induced google spend"
      : "Marginal ROAS";
    add(`Budget ${line.channel} marginal ROAS`, row[col(marginal)], line.marginal_roas);
    if (results.budget.mediator !== null) {
      add(
        `Budget ${line.channel} induced google spend recommended`,
        row[col("Induced google spend recommended")],
        line.recommended_induced_spend
      );
      add(
        `Budget ${line.channel} net revenue recommended`,
        row[col("Weekly revenue recommended, net of induced google spend")],
        line.recommended_net_revenue
      );
    }
  }
  const total = budget.values.find((r) => r[0] === "Total");
  t.add("Budget total current", total?.[col("Current weekly spend")], results.budget.current.total);
  t.add(
    "Budget total recommended",
    total?.[col("Recommended weekly spend")],
    results.budget.recommended.total
  );
  // The total row sums the channels' incremental revenue (predicted revenue with the baseline is in the notes).
  const sum = (field) => results.budget.channels.reduce((s, line) => s + line[field], 0);
  t.add("Budget revenue now", total?.[col("Weekly revenue now")], sum("current_revenue"));
  t.add(
    "Budget revenue recommended",
    total?.[col("Weekly revenue recommended")],
    sum("recommended_revenue")
  );
  return t.result();
}

/**
 * Compares every cell of each output sheet with the pane's sheet builders applied to the headless result.
 * @param snapshots - `{ [sheetName]: snapshot }` from the fake workbook
 * @param sheets - headlessRun.ts's `sheets` (`{ name, header, rows }`)
 * @returns `{ compared, exact, rowScaled, mismatches, maxRelative }` (header differences included)
 */
export function compareSheets(snapshots, sheets) {
  const t = tally();
  for (const expected of sheets) {
    const actual = snapshots[expected.name];
    if (!actual) {
      t.mismatches.push(`no sheet ${expected.name}`);
      continue;
    }
    const grid = [expected.header, ...expected.rows];
    if (actual.values.length !== grid.length)
      t.mismatches.push(`${expected.name}: ${actual.values.length} rows vs ${grid.length}`);
    const derivative = expected.header.map((label) => /marginal roas/i.test(String(label)));
    grid.forEach((row, r) => {
      const scale = rowScale(row);
      row.forEach((value, c) =>
        t.add(
          `${expected.name} R${r + 1}C${c + 1}`,
          actual.values[r]?.[c],
          value,
          scale,
          r > 0 && derivative[c] ? DERIVATIVE_RELATIVE_TOLERANCE : PARITY_RELATIVE_TOLERANCE
        )
      );
    });
  }
  return t.result();
}

/** The values of a one-column range ("B5:B9") of a dashboard spec's blocks, as the sheet holds them. */
function blockValues(dashboard, range) {
  const parse = (cell) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    let column = 0;
    for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
    return { column: column - 1, row: Number(m[2]) };
  };
  const [a, b] = range.split(":").map(parse);
  const out = [];
  for (let row = a.row; row <= b.row; row++) {
    const block = dashboard.blocks.find((bl) => {
      const [start, end] = bl.address.split(":").map(parse);
      return (
        row >= start.row && row <= end.row && a.column >= start.column && a.column <= end.column
      );
    });
    if (!block) {
      out.push("");
      continue;
    }
    const start = parse(block.address.split(":")[0]);
    const cells = [block.header, ...block.rows][row - start.row];
    out.push(cells?.[a.column - start.column] ?? "");
  }
  return out;
}

/**
 * Compares the Dashboard's native charts with the headless runner: (1) every series of every chart (values and
 * categories, read through the chart's ranges on the sheet) with the headless run's dashboardSpec resolved on its own
 * blocks, and (2) the ROAS chart's points and interval ends (rebuilt from the floating bar's stacked parts) with
 * results.json's ROAS and ci90.
 * @param charts - `[{ name, type, series: [{ name, values, categories }] }]` read from the fake workbook
 * @param dashboard - headlessRun.ts's `dashboard`
 * @param results - results.json's object
 * @returns `{ compared, exact, rowScaled, mismatches, maxRelative }`
 */
export function compareDashboard(charts, dashboard, results) {
  const t = tally();
  for (const expected of dashboard.charts) {
    const actual = charts.find((c) => c.name === expected.id);
    if (!actual) {
      t.mismatches.push(`no chart ${expected.id} on the Dashboard`);
      continue;
    }
    if (actual.series.length !== expected.series.length)
      t.mismatches.push(
        `${expected.id}: ${actual.series.length} series vs ${expected.series.length}`
      );
    expected.series.forEach((series, k) => {
      const got = actual.series[k] ?? { name: null, values: [], categories: [] };
      t.add(`${expected.id} series ${k + 1} name`, got.name, series.name);
      const values = blockValues(dashboard, series.values);
      const categories = blockValues(dashboard, series.categories);
      const scale = rowScale(values);
      values.forEach((v, i) =>
        t.add(`${expected.id}/${series.name} value ${i + 1}`, got.values[i], v, scale)
      );
      categories.forEach((v, i) =>
        t.add(`${expected.id}/${series.name} category ${i + 1}`, got.categories[i], v)
      );
    });
  }
  const roas = charts.find((c) => c.name === "roas");
  const named = (name) => roas?.series.find((s) => s.name === name);
  const point = named("ROAS");
  (point?.categories ?? []).forEach((channel, i) => {
    const effect = results.effects[channel];
    t.add(`Dashboard ROAS ${channel} vs results.json`, point.values[i], effect?.roas);
    const interval = effect?.ci90?.roas;
    const base = named("Bar base (hidden)")?.values[i];
    if (!interval || typeof base !== "number") return;
    const above = named("90% interval")?.values[i] ?? 0;
    const below = named("90% interval (below 0)")?.values[i] ?? 0;
    const lower = base > 0 ? base : base < 0 ? base + below : below;
    const upper = base > 0 ? base + above : base < 0 ? base : above;
    t.add(
      `Dashboard ROAS ${channel} 90% low vs results.json`,
      lower,
      interval[0],
      Math.abs(interval[1])
    );
    t.add(
      `Dashboard ROAS ${channel} 90% high vs results.json`,
      upper,
      interval[1],
      Math.abs(interval[1])
    );
  });
  return t.result();
}
