/**
 * `npm run test:e2e`: drives the real task-pane bundle in headless Chromium against the in-memory workbook of the
 * preview (test/browser/preview.mjs + fakeOffice.js). The office.js CDN URL is intercepted and answered with the
 * fake (ADDIN-NOTES §7); everything but 127.0.0.1 is aborted. Checks the fit flow end to end, the replace dialog,
 * cancel, bad inputs (text cell, no mediator, 5 rows) and the 320 px layout. Screenshots go to artifacts/.
 * Prints timing and sync counts, then `e2e: N passed, M failed`; exits non-zero on any failure.
 */
/* global window, document, fetch */ // page.evaluate bodies run in the browser; fetch is Node 20's.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { assert, createChecks } from "./_shared/createChecks.mjs";
import { launchChromium } from "./_shared/launchChromium.mjs";
import { nodePredictor } from "./nodePredict.mjs";
import {
  compareDashboard,
  compareKeyFigures,
  compareSheets,
  sameCell,
  startHeadlessRun,
} from "./parity.mjs";
import { OFFICE_CDN_URL, ensureBuilt, startPreviewServer } from "./preview.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(here, "..", "..");
const artifacts = resolve(root, "artifacts");
/** Longest a fit of the 104-week sample may take on a slow 2-core machine before the test gives up. */
const FIT_TIMEOUT_MS = 300_000;
/** The dashboard sheet (native charts) the pane writes first, beside the OUTPUT sheets. */
const DASHBOARD = "MMM Dashboard";
/** The selection of the first fit: the pane prints it as the report's data source, the headless run is told the same. */
const DATA_ADDRESS = "Data!A1:L105";
const OUTPUT = [
  "MMM Summary",
  "MMM Data checks",
  "MMM Coefficients",
  "MMM Effects",
  "MMM Fitted",
  "MMM Contributions",
  "MMM Diagnostics",
  "MMM Sensitivity",
  "MMM Budget",
  "MMM Response curves",
  "MMM Test plan",
];

/** Header of the lift-test table "Add an experiments sheet" creates. */
const EXPERIMENT_HEADERS = [
  "channel",
  "start_week",
  "end_week",
  "readout_end_week",
  "lift",
  "roas",
  "standard_error",
  "path",
];

const { check, fail, finish } = createChecks("e2e");
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

ensureBuilt();
mkdirSync(artifacts, { recursive: true });
/** Newest modification time (ms) of the files under a folder. */
const newest = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((max, entry) => Math.max(max, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
// The browser runs dist/, the headless runner runs src/ through tsx: a stale build shows up as a parity failure.
const staleBuild = newest(join(root, "src")) > statSync(join(root, "dist", "functions.js")).mtimeMs;
if (staleBuild)
  console.log("e2e: warning: src/ is newer than dist/ (rebuild: npx webpack --mode production)");
const server = await startPreviewServer({ port: 0, rewriteOfficeTag: false });
// The pane's default Options (what a user who just presses Fit model gets), for the headless run's --seed/--replicates.
const { tsImport } = await import("tsx/esm/api");
const paneState = pathToFileURL(join(root, "src/taskpane/state/paneState.ts")).href;
const { DEFAULT_FORM_OPTIONS: FORM } = await tsImport(paneState, import.meta.url);
// The headless runner on the SAME grid the preview page loads. Started once the pane's first fit is done, so the
// fit's timings are not measured against a second process on the same cores.
const sample = await (await fetch(`${server.url}/sample.json`)).json();
let headlessRun = null;
const startHeadless = () => {
  headlessRun ??= startHeadlessRun({
    root,
    grid: sample.grid,
    seed: FORM.seed,
    replicates: FORM.bootstrapReplicates,
    source: DATA_ADDRESS,
  });
  headlessRun.catch(() => undefined); // awaited (and reported) by the parity check
  return headlessRun;
};
const { context, close } = await launchChromium({
  profilePrefix: "mmm-e2e-",
  viewport: { width: 1400, height: 900 },
});
const fakeOffice = readFileSync(join(here, "fakeOffice.js"), "utf8");
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url === OFFICE_CDN_URL)
    return route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOffice });
  if (url.startsWith(server.url)) return route.continue();
  return route.abort();
});
const page = context.pages()[0] ?? (await context.newPage());
const pageErrors = [];
page.on("pageerror", (error) => pageErrors.push(error.message));
const pane = page.frameLocator("#pane");
const paneFrame = () => page.frame({ name: "pane" });
const book = (fn, arg) => page.evaluate(fn, arg);
const sheetNames = () => book(() => window.__mmmWorkbook.sheets.map((s) => s.name));
const useSelection = async (address) => {
  await book(([sheet, range]) => window.__mmmWorkbook.select(sheet, range), address);
  await pane.getByRole("button", { name: "Use selection" }).click();
};
const waitText = (text, timeout = 20_000) =>
  pane.getByText(text, { exact: false }).first().waitFor({ timeout });
const fitButton = () => pane.getByRole("button", { name: "Fit model" });

let timing = null;
let parity = null;
let report = null;
const formulaChecks = { compared: 0 };
try {
  await page.goto(`${server.url}/`);
  await pane.getByRole("button", { name: "Use selection" }).waitFor({ timeout: 30_000 });
  const dataBefore = await book(() => window.__mmmWorkbook.snapshot("Data"));

  await check(
    "the pane boots on the fake office.js and the custom functions register",
    async () => {
      const ids = await paneFrame().evaluate(() => Object.keys(window.__mmmCustomFunctions ?? {}));
      assert(ids.includes("ADSTOCK"), `associated: ${ids.join(", ")}`);
      const stream = await book(
        () => window.__mmmWorkbook.functionMetadata?.PREDICT?.options?.stream
      );
      assert(
        stream === true,
        "the preview loaded functions.json (PREDICT is a streaming function)"
      );
    }
  );

  await check(
    "selecting the data with the mouse and pressing Use selection shows 104 weeks and roles",
    async () => {
      await page.locator('td[data-row="0"][data-col="0"]').click();
      await page.locator('td[data-row="104"][data-col="11"]').click({ modifiers: ["Shift"] });
      assert((await page.locator("#address").textContent()) === "Data!A1:L105", "grid selection");
      await pane.getByRole("button", { name: "Use selection" }).click();
      await waitText("Weeks: 104");
      await waitText("Data!A1:L105");
      assert(await fitButton().isEnabled(), "Fit model should be enabled");
      await page.screenshot({ path: join(artifacts, "e2e-1-data.png") });
    }
  );

  await check(
    "Fit model runs in the worker and writes every output sheet with header and values",
    async () => {
      const syncsBefore = await book(() => window.__mmmWorkbook.syncCount);
      // Timings measured in the page: the click (capture listener in the pane) and each sync of the fake workbook.
      await book(() => (window.__mmmWorkbook.syncLog = []));
      await paneFrame().evaluate(() =>
        document.addEventListener(
          "click",
          (event) => {
            if (event.target.closest("button")?.textContent === "Fit model")
              window.parent.__fitClickAt = performance.timeOrigin + performance.now();
          },
          true
        )
      );
      const started = Date.now();
      await fitButton().click();
      await pane.getByText("Cancel").waitFor({ timeout: 10_000 });
      // While the intervals are still running: the point estimates on the card and the sheets, the sticky bar.
      await pane.getByText("3. Results: point estimates").waitFor({ timeout: FIT_TIMEOUT_MS });
      await pane.getByTestId("progress-text").filter({ hasText: "replicates" }).waitFor({
        timeout: FIT_TIMEOUT_MS,
      });
      // Scrolled down to the card, the bar stays in view at the top of the pane.
      const sticky = await paneFrame().evaluate(() => {
        document.getElementById("results-title")?.scrollIntoView();
        const panel = document.querySelector('[data-testid="fit-panel"]').getBoundingClientRect();
        return { scrolled: window.scrollY, top: panel.top };
      });
      assert(
        sticky.scrolled === 0 || Math.abs(sticky.top) < 2,
        `the progress bar scrolled away: ${JSON.stringify(sticky)}`
      );
      await page.screenshot({ path: join(artifacts, "e2e-2a-point-estimates.png") });
      await pane.getByTestId("run-success").waitFor({ timeout: FIT_TIMEOUT_MS });
      const wallMs = Date.now() - started;
      const bar = pane.getByTestId("run-success");
      const clickAt = await book(() => window.__fitClickAt);
      const log = await book(() => window.__mmmWorkbook.syncLog);
      await book(() => (window.__mmmWorkbook.syncLog = null));
      const firstWith = (name) => log.find((entry) => entry.sheets.includes(name))?.at ?? NaN;
      // The point estimates came first: the sync that showed the first sheets had no Dashboard yet.
      const early = log.find((entry) => entry.sheets.includes("MMM Summary"))?.sheets ?? [];
      assert(
        early.includes("MMM Coefficients") && !early.includes(DASHBOARD),
        `point-estimate sheets before the dashboard: ${early.join(", ")}`
      );
      timing = {
        pointEstimatesMs: firstWith("MMM Coefficients") - clickAt,
        lastSheetMs: firstWith(DASHBOARD) - clickAt,
        wallMs,
        paneMs: Number(await bar.getAttribute("data-elapsed-ms")),
        writeSyncs: Number(await bar.getAttribute("data-sync-count")),
        totalSyncs: (await book(() => window.__mmmWorkbook.syncCount)) - syncsBefore,
      };
      const names = await sheetNames();
      assert(
        names.filter((name) => name.startsWith("MMM Summary")).length === 1,
        `one Summary after the final rewrite: ${names.join(", ")}`
      );
      for (const name of OUTPUT)
        assert(names.includes(name), `missing sheet ${name} in ${names.join(", ")}`);
      const fitted = await book(() => window.__mmmWorkbook.snapshot("MMM Fitted"));
      assert(
        same(fitted.values[0].slice(0, 5), [
          "Week",
          "revenue actual",
          "revenue fitted",
          "revenue forecast",
          "Set",
        ]),
        `Fitted header ${fitted.values[0]}`
      );
      const tableRows = fitted.values.findIndex((row) => row.every((cell) => cell === ""));
      assert(tableRows === 105, `Fitted rows ${tableRows}`);
      assert(
        fitted.formats[1][0] === "yyyy-mm-dd" && fitted.frozenRows === 1,
        "Fitted formats / frozen header"
      );
      assert(
        fitted.values[1][1] === dataBefore.values[1][11],
        "actual revenue of week 1 equals the input"
      );
      const summary = await book(() => window.__mmmWorkbook.snapshot("MMM Summary"));
      const weeksRow = summary.values.find((row) => row[0] === "Weeks");
      assert(weeksRow && weeksRow[1] === 104, "Summary weeks");
      const effects = await book(() => window.__mmmWorkbook.snapshot("MMM Effects"));
      assert(
        effects.values.some((row) => row[1] === "facebook_spend"),
        "Effects lists facebook_spend"
      );
      assert(effects.values[0].includes("ROAS 90% low"), "Effects has bootstrap interval columns");
      const budget = await book(() => window.__mmmWorkbook.snapshot("MMM Budget"));
      const budgetEnd = budget.values.findIndex((row) => row.every((cell) => cell === ""));
      assert(budget.values[budgetEnd - 1]?.[0] === "Total", "Budget ends with a total row");
      const contributions = await book(() => window.__mmmWorkbook.snapshot("MMM Contributions"));
      const row = contributions.values[10];
      const parts = row.slice(1, -1).reduce((a, b) => a + b, 0);
      assert(
        Math.abs(parts - row[row.length - 1]) < 1e-6 * Math.max(1, Math.abs(parts)),
        "contributions add up"
      );
      assert(names.includes(DASHBOARD), `missing sheet ${DASHBOARD}`);
      const charts = await book((dashboard) => {
        const wb = window.__mmmWorkbook;
        const id = wb.sheetByName(dashboard).id;
        return wb.charts
          .filter((c) => c.sheetId !== id)
          .map((c) => c.type)
          .sort();
      }, DASHBOARD);
      assert(same(charts, ["AreaStacked", "Line"]), `charts ${charts}`);
      assert(
        (await book(() => window.__mmmWorkbook.customXmlParts.length)) === 1,
        "model saved in a custom XML part"
      );
      assert(
        same(await book(() => window.__mmmWorkbook.snapshot("Data")), dataBefore),
        "the input sheet changed"
      );
      await waitText("holdout R²");
      await waitText("Top budget move:");
      await page.screenshot({ path: join(artifacts, "e2e-2-fitted.png") });
      await book(() => window.__mmmWorkbook.select("MMM Fitted", "A1"));
      await page.screenshot({ path: join(artifacts, "e2e-3-fitted-sheet.png") });
    }
  );

  startHeadless();
  await check(
    "the output sheets equal the headless runner's on the same data (parity, relative 1e-9)",
    async () => {
      const run = await startHeadless();
      const options = run.results.options;
      assert(
        options.holdoutShare === FORM.holdoutShare &&
          options.cvFolds === FORM.cvFolds &&
          options.directPaths === FORM.directPaths &&
          run.results.seed === FORM.seed,
        `options differ: runner ${JSON.stringify(options)} seed ${run.results.seed}; pane ${JSON.stringify(FORM)}`
      );
      const names = run.sheets.map((sheet) => sheet.name);
      assert(same(names, OUTPUT), `headless sheets ${names.join(", ")}`);
      const written = await book(
        (list) => Object.fromEntries(list.map((n) => [n, window.__mmmWorkbook.snapshot(n)])),
        OUTPUT
      );
      // Each sheet is its table (header + rows) and, after one blank row, the table's notes in column A.
      const snapshots = {};
      for (const sheet of run.sheets) {
        const values = written[sheet.name].values;
        const table = 1 + sheet.rows.length;
        snapshots[sheet.name] = { ...written[sheet.name], values: values.slice(0, table) };
        const notes = values.slice(table + 1).map((row) => row[0]);
        assert(
          same(notes, sheet.notes),
          `${sheet.name} notes ${JSON.stringify(notes)} vs ${JSON.stringify(sheet.notes)}`
        );
        assert(
          same(snapshots[sheet.name].values[0], sheet.header),
          `${sheet.name} header ${snapshots[sheet.name].values[0]} vs ${sheet.header}`
        );
      }
      // Both sides, for a look at any difference.
      writeFileSync(join(artifacts, "parity-sheets.json"), JSON.stringify(snapshots));
      writeFileSync(join(artifacts, "parity-headless.json"), JSON.stringify(run));
      const key = compareKeyFigures(snapshots, run.results);
      const cells = compareSheets(snapshots, run.sheets);
      parity = { key, cells, headlessMs: run.ms };
      const mismatches = [...key.mismatches, ...cells.mismatches];
      assert(
        mismatches.length === 0,
        `${mismatches.length} differ${staleBuild ? " (dist/ is older than src/)" : ""}, e.g. ` +
          mismatches.slice(0, 4).join("; ")
      );
    }
  );

  await check(
    "the Dashboard sheet's native charts show the headless runner's numbers and are drawn non-empty",
    async () => {
      const run = await startHeadless();
      await book((name) => window.__mmmWorkbook.select(name, "A1"), DASHBOARD);
      const charts = await book((name) => {
        const wb = window.__mmmWorkbook;
        const id = wb.sheetByName(name).id;
        return wb.charts
          .filter((c) => c.sheetId === id)
          .map((c) => ({ name: c.name, type: c.type, series: wb.chartData(c) }));
      }, DASHBOARD);
      assert(
        same(
          charts.map((c) => c.name),
          run.dashboard.charts.map((c) => c.id)
        ),
        `charts ${charts.map((c) => c.name)} vs ${run.dashboard.charts.map((c) => c.id)}`
      );
      const result = compareDashboard(charts, run.dashboard, run.results);
      parity = { ...parity, dashboard: result };
      assert(
        result.mismatches.length === 0,
        `${result.mismatches.length} differ, e.g. ${result.mismatches.slice(0, 4).join("; ")}`
      );
      await page.locator("#grid").evaluate((grid) => grid.scrollTo(0, 0));
      await page.screenshot({ path: join(artifacts, "e2e-dashboard.png") });
      for (const chart of charts) {
        const svg = page.locator(`svg.native-chart[data-chart="${chart.name}"]`);
        const marks = await svg.locator("rect[data-series], polyline, circle").count();
        assert(marks > 0, `chart ${chart.name} is drawn empty`);
        await svg.screenshot({ path: join(artifacts, `e2e-dashboard-${chart.name}.png`) });
      }
      // The data blocks under the charts, from the row above the first block's title (the sticky header covers one).
      const titleRow = Number(/\d+/.exec(run.dashboard.blocks[0].titleAddress)[0]) - 2;
      await page
        .locator(`td[data-row="${titleRow}"][data-col="0"]`)
        .evaluate((cell) => cell.scrollIntoView({ block: "start" }));
      await page.waitForTimeout(300); // let the sticky row headers repaint after the jump
      await page.screenshot({ path: join(artifacts, "e2e-dashboard-data.png") });
    }
  );

  await check(
    "Save report in the pane downloads report.html byte for byte equal to the runner's",
    async () => {
      const run = await startHeadless();
      assert(typeof run.report === "string" && run.report.length > 0, "the runner wrote no report");
      const started = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 120_000 }),
        pane.getByRole("button", { name: "Save report" }).click(),
      ]);
      const path = await download.path();
      const html = readFileSync(path, "utf8");
      report = { ms: Date.now() - started, bytes: Buffer.byteLength(html) };
      await pane.getByTestId("report-saved").waitFor({ timeout: 10_000 });
      writeFileSync(join(artifacts, "e2e-report-pane.html"), html);
      writeFileSync(join(artifacts, "e2e-report-runner.html"), run.report);
      assert(download.suggestedFilename() === "report.html", download.suggestedFilename());
      if (html !== run.report) {
        const at = [...html].findIndex((ch, i) => ch !== run.report[i]);
        throw new Error(
          `the reports differ from character ${at}: pane …${html.slice(at - 40, at + 40)}… ` +
            `runner …${run.report.slice(at - 40, at + 40)}…`
        );
      }
      await page.screenshot({ path: join(artifacts, "e2e-report-saved.png") });
    }
  );

  await check(
    "=MMM.OPTIMIZE at the Budget sheet's total spills the Budget sheet's current and recommended split (1e-9)",
    async () => {
      const budget = await book(() => window.__mmmWorkbook.snapshot("MMM Budget"));
      const end = budget.values.findIndex((row) => row.every((cell) => cell === ""));
      const lines = budget.values.slice(1, end - 1); // header … Total
      const total = budget.values[end - 1][1];
      await book((t) => window.__mmmAddSheet("Plan", [["Weekly budget"], [t]]), total);
      await book(() => window.__mmmWorkbook.setFormula("Plan", "C1", "=MMM.OPTIMIZE(A2)"));
      await page.waitForFunction((n) => {
        const wb = window.__mmmWorkbook;
        return typeof wb.cell(wb.sheetByName("Plan"), n, 3).value === "number";
      }, lines.length);
      const spill = await book(
        (n) =>
          Array.from({ length: n + 4 }, (_, r) => {
            const wb = window.__mmmWorkbook;
            const sheet = wb.sheetByName("Plan");
            return [0, 1, 2].map((c) => wb.cell(sheet, r, 2 + c).value);
          }),
        lines.length
      );
      for (const line of lines) {
        const row = spill.find((cells) => cells[0] === line[0]);
        assert(row, `MMM.OPTIMIZE has no row for ${line[0]}: ${JSON.stringify(spill)}`);
        assert(
          sameCell(row[1], line[1]) && sameCell(row[2], line[2]),
          `${line[0]}: OPTIMIZE ${row[1]} → ${row[2]} vs Budget sheet ${line[1]} → ${line[2]}`
        );
        formulaChecks.compared += 2;
      }
    }
  );

  await check(
    "the saved model is found again when the pane is reopened on the same workbook",
    async () => {
      await paneFrame().goto(`${server.url}/taskpane.html`);
      await pane.getByTestId("saved-model").waitFor({ timeout: 20_000 });
      const text = await pane.getByTestId("saved-model").textContent();
      assert(/104 weeks/.test(text ?? ""), `saved model text: ${text}`);
    }
  );

  await check(
    "a second fit asks before replacing the earlier output and then replaces it",
    async () => {
      await useSelection(["Data", "A1:L105"]);
      await waitText("Weeks: 104");
      await fitButton().click();
      await pane.getByText("Replace the earlier results?").waitFor({ timeout: FIT_TIMEOUT_MS });
      await page.waitForTimeout(500); // let the dialog's opening animation finish
      await page.screenshot({ path: join(artifacts, "e2e-4-replace-dialog.png") });
      await pane.getByRole("button", { name: "Replace" }).click();
      await pane.getByTestId("run-success").waitFor({ timeout: FIT_TIMEOUT_MS });
      const names = await sheetNames();
      assert(
        // The Dashboard and the table sheets replaced in place; the user's Data and Plan sheets untouched.
        names.filter((n) => n.startsWith("MMM ")).length === 1 + OUTPUT.length &&
          names.includes("Data") &&
          names.includes("Plan") &&
          !names.some((n) => n.includes("(2)")),
        `sheets ${names.join(", ")}`
      );
    }
  );

  await check("Cancel stops the fit and writes nothing", async () => {
    const before = await sheetNames();
    await fitButton().click();
    // Earlier output exists, so the pane asks first (before computing anything).
    await pane.getByText("Replace the earlier results?").waitFor({ timeout: FIT_TIMEOUT_MS });
    await pane.getByRole("button", { name: "Replace" }).click();
    await pane.getByRole("button", { name: "Cancel" }).click();
    // The fit takes under a second: the click may land before or after the point estimates are written.
    const said = await pane.getByRole("alert").textContent({ timeout: 20_000 });
    if (said.includes("cancelled; nothing was written"))
      assert(same(await sheetNames(), before), "sheets changed after cancel");
    else assert(said.includes("after the point estimates were written"), `message: ${said}`);
  });

  await check(
    "Cancel after the point estimates were written keeps them, marked provisional, with no duplicates",
    async () => {
      await fitButton().click();
      await pane.getByText("Replace the earlier results?").waitFor({ timeout: FIT_TIMEOUT_MS });
      await pane.getByRole("button", { name: "Replace" }).click();
      await pane.getByText("3. Results: point estimates").waitFor({ timeout: FIT_TIMEOUT_MS });
      await pane
        .getByText(/The point estimates are on the MMM sheets/)
        .waitFor({ timeout: 20_000 });
      await pane.getByRole("button", { name: "Cancel" }).click();
      await waitText("cancelled after the point estimates were written");
      const names = await sheetNames();
      const ours = names.filter((name) => name.startsWith("MMM "));
      assert(
        same(ours, OUTPUT.slice(0, 6)),
        `the point-estimate sheets only, once each: ${names.join(", ")}`
      );
      const first = await book(() => window.__mmmWorkbook.snapshot("MMM Summary").values[1]?.[0]);
      assert(first === "Provisional", `Summary's first row: ${first}`);
      const card = await pane.getByTestId("result-card").getAttribute("data-provisional");
      assert(card === "stopped", `result card: ${card}`);
      await page.screenshot({ path: join(artifacts, "e2e-cancel-after-point-estimates.png") });
    }
  );

  const badCase = async (label, setup, message, goTo) => {
    await check(label, async () => {
      const address = await book(setup);
      const before = await sheetNames();
      await useSelection(address);
      await waitText(message);
      assert(!(await fitButton().isEnabled()), "Fit model should be disabled");
      if (goTo) {
        await pane.getByRole("button", { name: `Go to cell ${goTo.address}` }).click();
        await page.waitForFunction((cell) => {
          const s = window.__mmmWorkbook.selection;
          return s.r0 === cell.row && s.c0 === cell.column;
        }, goTo);
      }
      assert(same(await sheetNames(), before), "a sheet was written");
      await page.screenshot({ path: join(artifacts, `e2e-bad-${goTo ? "text" : address[0]}.png`) });
    });
  };
  await badCase(
    "bad input: text in a spend cell names the cell and offers Go to cell",
    () => {
      const data = window.__mmmWorkbook.snapshot("Data");
      const values = data.values.map((row) => [...row]);
      values[16][3] = "abc";
      window.__mmmAddSheet("Bad text", values, data.formats);
      return ["Bad text", "A1:L105"];
    },
    "'Bad text'!D17",
    { address: "'Bad text'!D17", row: 16, column: 3 }
  );
  await badCase(
    "bad input: no mediator column blocks the fit with a message",
    () => {
      const data = window.__mmmWorkbook.snapshot("Data");
      const g = data.values[0].indexOf("google_spend");
      const drop = (rows) => rows.map((row) => row.filter((_, i) => i !== g));
      window.__mmmAddSheet("NoGoogle", drop(data.values), drop(data.formats));
      return ["NoGoogle", "A1:K105"];
    },
    "(e.g. google_spend)"
  );
  await badCase(
    "bad input: a selection of 5 rows is too short",
    () => ["Data", "A1:L5"],
    "needs at least 26"
  );

  await check("the pane fits a 320 px wide task pane without horizontal scrolling", async () => {
    await page.evaluate(() => {
      document.getElementById("pane").style.width = "320px";
    });
    await pane.getByRole("button", { name: "2. Options" }).click();
    await pane.getByRole("switch", { name: "Direct social → revenue paths" }).waitFor();
    await page.waitForTimeout(300);
    const { scroll, client } = await paneFrame().evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert(scroll <= client, `scrollWidth ${scroll} > ${client}`);
    await page.screenshot({ path: join(artifacts, "e2e-5-narrow.png") });
  });

  await check(
    "Worksheet formulas: =MMM.PREDICT on a scenario sheet recalculates after a cell changes and after a new fit",
    async () => {
      const predict = await nodePredictor(root);
      const columns = [
        "facebook_spend",
        "tiktok_spend",
        "instagram_spend",
        "snapchat_spend",
        "google_spend",
        "average_price",
        "promotions",
      ];
      const data = await book(() => window.__mmmWorkbook.snapshot("Data"));
      const scenario = [
        columns,
        ...data.values.slice(-4).map((row) => columns.map((c) => row[data.values[0].indexOf(c)])),
      ];
      const spill = () =>
        book(() => {
          const wb = window.__mmmWorkbook;
          const sheet = wb.sheetByName("Scenario");
          return [0, 1, 2, 3, 4].map((r) => wb.cell(sheet, r, 8).value);
        });
      const savedXml = () => book(() => window.__mmmWorkbook.customXmlParts[0].xml);
      const agree = (actual, expected, what) => {
        assert(
          actual.length === expected.length && actual.every((v, i) => sameCell(v, expected[i])),
          `${what}: sheet ${actual} vs Node ${expected}`
        );
        formulaChecks.compared += expected.length;
      };
      await book((cells) => window.__mmmAddSheet("Scenario", cells), scenario);
      await book(() => window.__mmmWorkbook.setFormula("Scenario", "I1", "=MMM.PREDICT(A1:G5)"));
      await page.waitForFunction(() => {
        const wb = window.__mmmWorkbook;
        return typeof wb.cell(wb.sheetByName("Scenario"), 0, 8).value === "number";
      });
      const first = await spill();
      assert(first[4] === "", `PREDICT spills one row per week (4), got ${first}`);
      const xml = await savedXml();
      agree(first.slice(0, 4), predict(xml, scenario), "PREDICT after the fit");

      const changed = scenario.map((row) => [...row]);
      changed[2][0] = changed[2][0] + 5000; // facebook_spend in the second planned week
      await book(
        (value) => window.__mmmWorkbook.setValues("Scenario", "A3", [[value]]),
        changed[2][0]
      );
      const second = await spill();
      assert(second[0] === first[0], "week 1 must not change when week 2's spend does");
      assert(second[1] !== first[1], `week 2 revenue did not change: ${second[1]}`);
      agree(second.slice(0, 4), predict(xml, changed), "PREDICT after the spend change");

      // A new fit with another model (no direct paths) publishes it: the formula must update without a keystroke.
      const direct = pane.getByRole("switch", { name: "Direct social → revenue paths" });
      if (!(await direct.isVisible()))
        await pane.getByRole("button", { name: "2. Options" }).click();
      await direct.click();
      await useSelection(["Data", "A1:L105"]);
      await waitText("Weeks: 104");
      await fitButton().click();
      await pane.getByText("Replace the earlier results?").waitFor({ timeout: FIT_TIMEOUT_MS });
      await pane.getByRole("button", { name: "Replace" }).click();
      await page.waitForFunction(
        (before) => window.__mmmWorkbook.customXmlParts[0]?.xml !== before,
        xml,
        { timeout: 60_000 }
      );
      await page.waitForFunction(
        (before) => {
          const wb = window.__mmmWorkbook;
          return wb.cell(wb.sheetByName("Scenario"), 0, 8).value !== before;
        },
        second[0],
        { timeout: 10_000 }
      );
      const third = await spill();
      const newXml = await savedXml();
      agree(third.slice(0, 4), predict(newXml, changed), "PREDICT after the second fit");
      await book(() => window.__mmmWorkbook.select("Scenario", "I1"));
      await page.screenshot({ path: join(artifacts, "e2e-6-predict-formula.png") });
    }
  );

  await check(
    "lift tests: Add an experiments sheet, a test typed in it calibrates the fit, MMM Calibration is written",
    async () => {
      await pane.getByRole("button", { name: "Add an experiments sheet" }).click();
      await page.waitForFunction(() => window.__mmmWorkbook.sheetByName("MMM Experiments"));
      const made = await book(() => {
        const wb = window.__mmmWorkbook;
        const sheet = wb.sheetByName("MMM Experiments");
        return {
          header: wb.snapshot("MMM Experiments").values[0],
          active: wb.activeSheetId === sheet.id,
        };
      });
      assert(
        same(made.header.slice(0, EXPERIMENT_HEADERS.length), EXPERIMENT_HEADERS) && made.active,
        `new sheet: ${JSON.stringify(made)}`
      );
      // One 8-week test read out over 3 more weeks, on weeks inside the data (the Data sheet's own date cells).
      await book(() => {
        const wb = window.__mmmWorkbook;
        const weeks = wb.snapshot("Data").values.map((row) => row[0]);
        wb.setValues("MMM Experiments", "A2:H2", [
          ["tiktok_spend", weeks[40], weeks[47], weeks[50], 30000, "", 8000, "total"],
        ]);
      });
      const typed = await book(() => window.__mmmWorkbook.snapshot("MMM Experiments"));
      await page.screenshot({ path: join(artifacts, "e2e-7a-experiments-sheet.png") });
      await useSelection(["Data", "A1:L105"]);
      await waitText("1 lift test from MMM Experiments will calibrate the fit");
      await fitButton().click();
      await pane.getByText("Replace the earlier results?").waitFor({ timeout: FIT_TIMEOUT_MS });
      await pane.getByRole("button", { name: "Replace" }).click();
      await pane.getByTestId("run-success").waitFor({ timeout: FIT_TIMEOUT_MS });
      const names = await sheetNames();
      assert(names.includes("MMM Calibration"), `sheets ${names.join(", ")}`);
      const calibration = await book(() => window.__mmmWorkbook.snapshot("MMM Calibration"));
      const rows = calibration.values.filter((row) => row[0] === "tiktok_spend");
      assert(rows.length === 1, `MMM Calibration rows: ${JSON.stringify(calibration.values)}`);
      // Channel, first week, last week, then the read-out end week typed in the sheet.
      const readout = rows[0][3];
      assert(
        readout !== "" && readout !== null,
        `no read-out end week: ${JSON.stringify(rows[0])}`
      );
      const line = await pane.getByTestId("calibration-line").textContent();
      assert(
        /calibrated with 1 lift test: the MMM Calibration sheet/.test(line ?? ""),
        `card: ${line}`
      );
      const after = await book(() => window.__mmmWorkbook.snapshot("MMM Experiments"));
      assert(same(after.values, typed.values), "the fit wrote into MMM Experiments");
      await page.screenshot({ path: join(artifacts, "e2e-7-lift-tests.png") });
      await book(() => window.__mmmWorkbook.select("MMM Calibration", "A1"));
      await page.screenshot({ path: join(artifacts, "e2e-7b-calibration-sheet.png") });
      await book(() => window.__mmmWorkbook.select("MMM Budget", "A1"));
      await page.screenshot({ path: join(artifacts, "e2e-7c-budget-sheet.png") });
    }
  );

  await check("no uncaught errors in the page", async () => {
    assert(pageErrors.length === 0, pageErrors.join(" | "));
  });
} catch (error) {
  fail(`the run stopped: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
} finally {
  await close();
  await server.close();
}

if (timing) {
  console.log(
    `e2e: Fit model → point-estimate sheets written: ${Math.round(timing.pointEstimatesMs)} ms; ` +
      `→ last sheet written: ${Math.round(timing.lastSheetMs)} ms (measured in the page)`
  );
  console.log(
    `e2e: Fit model → last sheet written: ${timing.wallMs} ms wall (pane-measured ${Math.round(timing.paneMs)} ms); ` +
      `writeResultSheets syncs: ${timing.writeSyncs}; all context.sync() calls in the run: ${timing.totalSyncs}`
  );
}
if (parity) {
  const all = [parity.key, parity.cells];
  const sum = (field) => all.reduce((n, part) => n + part[field], 0);
  console.log(
    `e2e: parity with the headless runner: ${sum("compared")} values compared ` +
      `(${parity.key.compared} key figures vs results.json, ${parity.cells.compared} cells of ${OUTPUT.length} sheets ` +
      `vs the headless sheets): ${sum("exact")} bit-equal, ${sum("rowScaled")} equal only to 1e-9 of their row's scale; ` +
      `max relative difference ${Math.max(...all.map((part) => part.maxRelative)).toExponential(2)}; ` +
      `headless run ${parity.headlessMs} ms`
  );
}
if (parity?.dashboard)
  console.log(
    `e2e: Dashboard charts: ${parity.dashboard.compared} series values and categories compared with the headless ` +
      `run's dashboardSpec and results.json: ${parity.dashboard.exact} bit-equal, max relative difference ` +
      `${parity.dashboard.maxRelative.toExponential(2)}`
  );
if (report)
  console.log(
    `e2e: Save report: report.html built in the worker and downloaded in ${report.ms} ms, ${report.bytes} bytes, ` +
      `byte for byte equal to the runner's`
  );
if (formulaChecks.compared > 0)
  console.log(
    `e2e: MMM.PREDICT formula: ${formulaChecks.compared} spilled values equal PREDICT computed in Node`
  );
finish();
