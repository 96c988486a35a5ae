import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../src/core/analysis/bootstrapIntervals";
import { diagnoseFit } from "../../src/core/analysis/diagnoseFit";
import { planBudget } from "../../src/core/analysis/planBudget";
import { sensitivityAnalysis } from "../../src/core/analysis/sensitivityAnalysis";
import { toDataset } from "../../src/core/data/toDataset";
import { fitMmm } from "../../src/core/attribution/fitMmm";
import type { MmmResult } from "../../src/core/model/types";
import { simulateMmmData } from "../../src/core/simulate/simulateMmmData";
import type { Dataset } from "../../src/core/types";
import { buildReport } from "../../src/report/buildReport";
import { formatNumber } from "../../src/report/formatNumber";
import { searchNote } from "../../src/report/sections/modelDetailsSection";
import type { ReportAnalysis } from "../../src/report/types";

/** A header an attacker could type into the sheet: it must reach the page as text, never as markup. */
const MALICIOUS = "<img src=x onerror=alert(1)>";

/** Every section heading with the number of charts it holds when the full analysis is given (shared with the browser check). */
const SECTIONS: readonly { readonly heading: string; readonly charts: number }[] = (
  JSON.parse(readFileSync(join(__dirname, "../fixtures/report/sections.json"), "utf8")) as {
    sections: { heading: string; charts: number }[];
  }
).sections;

/** Sections that need an analysis step. */
const ANALYSIS_ONLY = ["Response curves", "Budget plan"];

let dataset: Dataset;
let result: MmmResult;
let analysis: ReportAnalysis;
let full: string;
let bare: string;

/** The HTML of each `<section>` by its heading. */
function sections(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of html.matchAll(/<section class="card"[^>]*>([\s\S]*?)<\/section>/g)) {
    const body = match[1] as string;
    const heading = /<h2[^>]*>([^<]*)<\/h2>/.exec(body)?.[1];
    if (heading !== undefined) out.set(heading, body);
  }
  return out;
}

beforeAll(async () => {
  // The simulator's sheet with snapchat's header replaced by markup, roles given by hand (detection needs "spend").
  const grid = simulateMmmData({ seed: 11 }).grid.map((row) => [...row]);
  const header = grid[0] as string[];
  header[header.indexOf("snapchat_spend")] = MALICIOUS;
  const ingested = toDataset(grid, {
    roles: {
      date: "week",
      outcome: "revenue",
      mediator: "google_spend",
      social: ["facebook_spend", "tiktok_spend", "instagram_spend", MALICIOUS],
    },
  });
  if (!ingested.ok) throw new Error(ingested.issues.map((i) => i.message).join("; "));
  dataset = ingested.dataset;
  result = await fitMmm(dataset, { form: "additive" });
  const intervals = await bootstrapIntervals(dataset, result, { replicates: 20, seed: 3 });
  analysis = {
    intervals,
    diagnostics: diagnoseFit(dataset, result),
    sensitivity: sensitivityAnalysis(result, intervals),
    budget: planBudget(result.model, {}, intervals.replicateModels),
  };
  full = await buildReport({
    dataset,
    result,
    analysis,
    title: "Report",
    generatedAt: "2026-01-01",
  });
  bare = await buildReport({ dataset, result });
}, 120_000);

describe("buildReport", () => {
  it("is one HTML document with inline styles and no scripts", () => {
    expect(full.startsWith("<!doctype html>")).toBe(true);
    expect(full).toContain("<style>");
    expect(full).not.toMatch(/<script|<link|<iframe|<img|@import|url\(http/i);
  });

  it("contains every section heading and one SVG per chart", () => {
    const found = sections(full);
    expect([...found.keys()]).toEqual(SECTIONS.map((s) => s.heading));
    for (const section of SECTIONS) {
      const body = found.get(section.heading) as string;
      expect({ heading: section.heading, charts: body.match(/<svg /g)?.length ?? 0 }).toEqual(
        section
      );
    }
  });

  it("refers to no external resource: the only http(s) addresses are the SVG namespaces", () => {
    const addresses = [...full.matchAll(/https?:\/\/[^\s"'<>)]*/g)].map((m) => m[0]);
    expect(new Set(addresses)).toEqual(
      new Set(["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"])
    );
    for (const attribute of full.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g)) {
      expect(attribute[1]).toMatch(/^#/);
    }
  });

  it("escapes a malicious column header everywhere it appears", () => {
    expect(full).not.toContain(MALICIOUS);
    expect(full).not.toMatch(/<img/i);
    expect(full).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("leaves out the analysis sections and the prediction band when no analysis is given", () => {
    const found = sections(bare);
    for (const heading of ANALYSIS_ONLY) expect(found.has(heading)).toBe(false);
    expect(found.has("Effects by channel")).toBe(true);
    expect(bare).not.toContain("prediction band");
    expect(bare).not.toContain("90% interval");
    expect(bare).not.toContain("Checks to review");
    expect(full).toContain("prediction band");
  });

  it("renders diagnostics, sensitivity and budget without bootstrap intervals, claiming no interval", async () => {
    const html = await buildReport({
      dataset,
      result,
      analysis: {
        intervals: null,
        diagnostics: analysis.diagnostics ?? null,
        sensitivity: sensitivityAnalysis(result, null),
        budget: planBudget(result.model),
      },
    });
    const found = sections(html);
    for (const heading of ANALYSIS_ONLY) expect(found.has(heading)).toBe(true);
    expect(html).not.toContain("prediction band");
    expect(html).not.toMatch(/\d+% interval/);
    expect(found.get("Diagnostics and warnings")).toContain("badge-");
  }, 60_000);

  it("shows the budget plan net of induced google spend from the plan, with the gross change beside it", () => {
    const budget = sections(full).get("Budget plan") as string;
    expect(budget).toContain("Expected change net of induced google spend");
    expect(budget).toContain("Expected revenue change per week");
    expect(budget).toContain("Induced google spend recommended");
    expect(budget).toContain("Weekly revenue recommended, net of induced google spend");
    expect(budget).toContain(formatNumber(analysis.budget!.expectedNetChange, "signedAmount"));
  });

  it("shows the fit metrics of both stages with holdout and CV rows", () => {
    const fit = sections(full).get("Fit quality") as string;
    expect(fit).toContain("Stage 1: google_spend");
    expect(fit).toContain("Stage 2: revenue");
    expect(fit).toContain("CV mean ± sd (4 folds)");
    expect(fit).toContain("Holdout weeks (out of sample)");
    for (const metric of ["R²", "RMSE", "MAPE", "WAPE"]) expect(fit).toContain(`>${metric}</th>`);
  });

  it("says how the transforms were chosen: the CV folds and the shape prior's pull at the data's length", () => {
    const details = sections(full).get("Model details") as string;
    expect(details).toContain(`over 4 folds of the ${result.data.trainWeeks} training weeks`);
    expect(details).toContain("had to beat it by 4 standard errors");
    expect(details).toContain("(the pull at 104 weeks)");
    const long = {
      ...result,
      data: { ...result.data, weeks: 260 },
      search: { cvFolds: 8, shapePriorStandardErrors: 1 },
    };
    expect(searchNote(long)).toContain("had to beat it by 1 standard error of");
    expect(searchNote(long)).toContain("(the pull at 260 weeks)");
  });

  it("lists every warning of the fit in plain words", () => {
    const diagnostics = sections(full).get("Diagnostics and warnings") as string;
    for (const warning of result.warnings.slice(0, 3)) {
      expect(diagnostics).toContain(
        warning
          .replace(/&/g, "&amp;")
          .replace(/"/g, "&quot;")
          .replace(/'/g, "&#39;")
          .replace(/</g, "&lt;")
          .replace(/>/g, "&gt;")
      );
    }
  });

  it("gives the same bytes for the same input", async () => {
    const again = await buildReport({
      dataset,
      result,
      analysis,
      title: "Report",
      generatedAt: "2026-01-01",
    });
    expect(again === full).toBe(true);
  });

  it("renders a single-stage model (no mediator) without stage 1 or via-mediator parts", async () => {
    const grid = simulateMmmData({ seed: 12 }).grid.map((row) => [...row]);
    const ingested = toDataset(grid, { roles: { mediator: null } });
    if (!ingested.ok) throw new Error(ingested.issues.map((i) => i.message).join("; "));
    const single = await fitMmm(ingested.dataset, { form: "additive" });
    const html = await buildReport({ dataset: ingested.dataset, result: single });
    const found = sections(html);
    expect(found.has("Effects by channel")).toBe(true);
    expect(html).not.toContain("Stage 1");
    expect(html).not.toContain("Via mediator");
    expect(found.get("Actual vs fitted revenue")?.match(/<svg /g)?.length).toBe(1);
  }, 60_000);
});
