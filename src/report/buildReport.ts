import { escapeHtml } from "./escapeHtml";
import { REPORT_STYLES } from "./reportStyles";
import { budgetSection } from "./sections/budgetSection";
import { contributionsSection } from "./sections/contributionsSection";
import { dataChecksSection } from "./sections/dataChecksSection";
import { dataSummarySection } from "./sections/dataSummarySection";
import { diagnosticsSection } from "./sections/diagnosticsSection";
import { effectsSection } from "./sections/effectsSection";
import { fitChartSection } from "./sections/fitChartSection";
import { fitMetricsSection } from "./sections/fitMetricsSection";
import { modelDetailsSection } from "./sections/modelDetailsSection";
import { priceSection } from "./sections/priceSection";
import { responseCurvesSection } from "./sections/responseCurvesSection";
import { experimentsSection } from "./sections/experimentsSection";
import { summarySection } from "./sections/summarySection";
import type { ReportInput, ReportSection } from "./types";

/** Title when the caller gives none. */
const DEFAULT_TITLE = "Marketing mix model report";

/**
 * No network, no scripts: the page may only use its own inline styles and inline SVG, so opening it can never
 * fetch anything or run code, whatever text the data contained.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Builds report.html: one self-contained page (inline CSS and SVG charts, system fonts, no scripts, no network)
 * with headline figures, the data summary, fit quality of both stages, actual vs fitted revenue (holdout shaded, prediction band
 * when given), weekly contributions, effects per channel (direct vs via mediator, ROAS with interval whiskers),
 * price and promotions, response curves and the budget plan, diagnostics with plain-language warnings, and the
 * tuned settings. Analysis sections appear only when their analysis is given. Every text from the data is escaped.
 * Deterministic: the same input gives the same bytes (no clock; `generatedAt` is passed in).
 * Cost: about 1 s for 104 weeks (Vega renders each chart headless).
 *
 * @param input - dataset, result, optional analysis, title, generatedAt, source
 * @returns the HTML text of the page
 * @throws {Error} when a chart cannot be rendered (a bug in a chart spec)
 * @example
 * const html = await buildReport({ dataset, result, analysis: { intervals, diagnostics, sensitivity, budget } });
 * html.startsWith("<!doctype html>"); // => true
 * @see https://vega.github.io/vega-lite/ (charts); https://developer.mozilla.org/docs/Web/HTTP/CSP
 */
export async function buildReport(input: ReportInput): Promise<string> {
  const { dataset, result } = input;
  const analysis = input.analysis ?? {};
  const intervals = analysis.intervals ?? null;
  const diagnostics = analysis.diagnostics ?? null;
  const sensitivity = analysis.sensitivity ?? null;
  const budget = analysis.budget ?? null;
  const health = analysis.health ?? null;
  const roles = result.roles;
  // Diagnostics' warnings are the findings of its failed checks, which the checks tables show row by row.
  const warnings = [
    ...result.warnings,
    ...(intervals?.warnings ?? []),
    ...(budget?.warnings ?? []),
  ];
  const sections: (ReportSection | null)[] = [
    summarySection(result, budget, health),
    await dataSummarySection(dataset, result),
    analysis.dataChecks === undefined ? null : dataChecksSection(analysis.dataChecks),
    fitMetricsSection(result, diagnostics),
    await fitChartSection(dataset, result, intervals),
    await contributionsSection(dataset, result),
    await effectsSection(result, intervals),
    budget === null ? null : await responseCurvesSection(budget, roles.social),
    budget === null ? null : budgetSection(budget),
    priceSection(result, intervals, sensitivity),
    experimentsSection(result, analysis.testPlan ?? null),
    diagnosticsSection(warnings, diagnostics, {
      mediator: `Stage 1: ${roles.mediator ?? "mediator"}`,
      outcome: `Stage 2: ${roles.outcome}`,
    }),
    modelDetailsSection(result),
  ];
  return page(
    input,
    sections.filter((s): s is ReportSection => s !== null)
  );
}

function page(input: ReportInput, sections: readonly ReportSection[]): string {
  const title = input.title ?? DEFAULT_TITLE;
  const result = input.result;
  const meta = [
    input.source === undefined ? null : `Data: ${input.source}`,
    `${result.data.weeks} weeks, ${result.data.start} to ${result.data.end}`,
    input.generatedAt === undefined ? null : `Generated ${input.generatedAt}`,
  ].filter((m): m is string => m !== null);
  const toc = sections
    .map((s) => `<a href="#${escapeHtml(s.id)}">${escapeHtml(s.heading)}</a>`)
    .join("");
  const body = sections
    .map(
      (s) =>
        `<section class="card" id="${escapeHtml(s.id)}" aria-labelledby="${escapeHtml(s.id)}-h">` +
        `<h2 id="${escapeHtml(s.id)}-h">${escapeHtml(s.heading)}</h2>${s.html}</section>`
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
<header class="page"><div class="wrap">
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta.map(escapeHtml).join(" · ")}</p>
<nav class="toc" aria-label="Sections">${toc}</nav>
</div></header>
<main class="wrap">
${body}
</main>
<footer class="page"><div class="wrap">Mediation-aware marketing mix model (${escapeHtml(result.form)} form). Charts drawn with Vega-Lite; this file needs no network.</div></footer>
</body>
</html>
`;
}
