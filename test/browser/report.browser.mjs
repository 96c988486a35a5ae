/**
 * Browser check of report.html: `node test/browser/report.browser.mjs`. Builds the report for the simulated demo
 * data and for /work/shared/data/mmm_weekly_assessment.csv (skipped with a message when absent) through
 * test/report/makeReportFile.ts (fit, bootstrap, diagnostics, sensitivity, budget, buildReport), opens each
 * file:// in headless Chromium with every request outside that file aborted and counted, and checks that every
 * section renders: headings visible, one non-empty SVG per chart, no console errors, no network requests.
 * Screenshots (full page, and a 390 px phone width) go to artifacts/report-*.png.
 * Last line: `report: N passed, M failed`; exits non-zero on any failure.
 */
/* global document, window -- page callbacks run in Chromium */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { assert, createChecks } from "./_shared/createChecks.mjs";
import { launchChromium } from "./_shared/launchChromium.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(here, "..", "..");
const artifacts = join(root, "artifacts");
const REAL_CSV = resolve(root, "..", "shared", "data", "mmm_weekly_assessment.csv");
/** Bootstrap replicates for the check: enough for visible intervals, quick on a 2-core machine. */
const REPLICATES = "60";
/** Section headings and the charts each must hold (full analysis given, so every section is present). */
const { sections: SECTIONS } = JSON.parse(
  readFileSync(join(root, "test/fixtures/report/sections.json"), "utf8")
);

const { check, fail, finish } = createChecks("report");

function makeReport(label, args) {
  const out = join(artifacts, `report-${label}.html`);
  const started = performance.now();
  const run = spawnSync(
    "npx",
    [
      "tsx",
      join(root, "test/report/makeReportFile.ts"),
      ...args,
      "--out",
      out,
      "--replicates",
      REPLICATES,
    ],
    { cwd: root, encoding: "utf8" }
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const timings = (run.stderr ?? "").split("\n").filter((l) => /^(fit|analysis|report): /.test(l));
  console.log(`     ${label}: built in ${seconds} s (${timings.join(", ")})`);
  if (run.status !== 0) throw new Error(`makeReportFile failed: ${run.stderr}`);
  return out;
}

mkdirSync(artifacts, { recursive: true });
const { context, close } = await launchChromium({
  profilePrefix: "mmm-report-",
  viewport: { width: 1280, height: 900 },
});

async function checkReport(label, file) {
  const url = pathToFileURL(file).href;
  const outside = [];
  const consoleErrors = [];
  await context.unroute("**/*").catch(() => {});
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    outside.push(requested);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.goto(url, { waitUntil: "load" });

  for (const section of SECTIONS) {
    await check(
      `${label}: "${section.heading}" renders with ${section.charts} chart(s)`,
      async () => {
        const heading = page.getByRole("heading", { level: 2, name: section.heading, exact: true });
        assert(await heading.isVisible(), "heading not visible");
        const card = page.locator("section.card", { has: heading });
        const sizes = await card.locator("svg.chart").evaluateAll((svgs) =>
          svgs.map((svg) => {
            const box = svg.getBoundingClientRect();
            return {
              width: box.width,
              height: box.height,
              marks: svg.querySelectorAll("path, line, rect, text").length,
            };
          })
        );
        assert(
          sizes.length === section.charts,
          `${sizes.length} charts, expected ${section.charts}`
        );
        for (const size of sizes) {
          assert(size.width > 100 && size.height > 50, `chart of ${size.width}×${size.height} px`);
          assert(size.marks > 10, `chart with only ${size.marks} marks`);
        }
        const box = await card.boundingBox();
        assert(box !== null && box.height > 60, "section has no height");
      }
    );
  }
  await check(`${label}: no horizontal overflow of the page at 1280 px`, async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth
    );
    assert(overflow <= 0, `page is ${overflow} px wider than the window`);
  });
  await page.screenshot({ path: join(artifacts, `report-${label}.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await check(`${label}: no horizontal overflow of the page at 390 px (phone)`, async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth
    );
    assert(overflow <= 0, `page is ${overflow} px wider than the window`);
  });
  await page.screenshot({ path: join(artifacts, `report-${label}-phone.png`), fullPage: false });
  await check(`${label}: no console errors`, async () => {
    assert(consoleErrors.length === 0, consoleErrors.join(" | "));
  });
  await check(`${label}: no network requests`, async () => {
    assert(outside.length === 0, `requested ${outside.join(", ")}`);
  });
  await page.close();
}

try {
  await checkReport("demo", makeReport("demo", ["--demo"]));
  if (existsSync(REAL_CSV)) {
    await checkReport("assessment", makeReport("assessment", ["--csv", REAL_CSV]));
  } else {
    console.log(`skip assessment data: ${REAL_CSV} is absent`);
  }
} catch (error) {
  fail(`${error instanceof Error ? error.message : error}`);
} finally {
  await close();
}
finish();
