import type { FitDiagnostics } from "../../core/analysis/types";
import type { DiagnosticCheck } from "../../core/diagnostics/checkStatus";
import { escapeHtml } from "../escapeHtml";
import { formatNumber } from "../formatNumber";
import { htmlTable } from "../htmlTable";
import type { ReportSection } from "../types";

/** Badge text per status: words, not only colour, so the table reads in grey print too. */
const STATUS_TEXT = { pass: "Pass", review: "Review", fail: "Fail" } as const;

function checksTable(title: string, checks: readonly DiagnosticCheck[]): string {
  return htmlTable(
    [
      { header: "Check", cell: (c: DiagnosticCheck) => c.label },
      {
        header: "Status",
        cell: (c) => ({
          html: `<span class="badge badge-${c.status}">${STATUS_TEXT[c.status]}</span>`,
        }),
      },
      { header: "Statistic", cell: (c) => formatNumber(c.statistic, "statistic"), kind: "number" },
      { header: "p‑value", cell: (c) => formatNumber(c.pValue, "statistic"), kind: "number" },
      { header: "Finding", cell: (c) => c.message },
    ],
    checks,
    { caption: title }
  );
}

function summary(checks: readonly DiagnosticCheck[]): string {
  const count = (status: DiagnosticCheck["status"]) =>
    checks.filter((c) => c.status === status).length;
  return (
    `<p class="check-summary"><span class="badge badge-pass">${count("pass")} pass</span> ` +
    `<span class="badge badge-review">${count("review")} review</span> ` +
    `<span class="badge badge-fail">${count("fail")} fail</span></p>`
  );
}

/**
 * Plain-language warnings (the fit's, the bootstrap's, the budget's; duplicates dropped), then, when
 * diagnostics are given, each stage's pass/review/fail checks with their statistic, p-value and finding: checks
 * needing review or failing in a table, passed ones folded away in a `<details>` element (no script needed).
 *
 * @param warnings - every warning line, in the order to show (plain text; escaped)
 * @param diagnostics - optional `diagnoseFit` result
 * @param stageTitles - heading per stage name, e.g. `{ mediator: "Stage 1: google_spend", outcome: "Stage 2: revenue" }`
 * @returns the section
 * @example
 * diagnosticsSection([], null, { mediator: "Stage 1", outcome: "Stage 2" }).html; // => '<p>No warnings were raised.</p>'
 * @see Meridian's model review: checks as pass/review/fail with a recommendation
 */
export function diagnosticsSection(
  warnings: readonly string[],
  diagnostics: FitDiagnostics | null,
  stageTitles: Readonly<Record<"mediator" | "outcome", string>>
): ReportSection {
  const unique = [...new Set(warnings)];
  let html =
    "<h3>Warnings</h3>" +
    (unique.length === 0
      ? "<p>No warnings were raised.</p>"
      : `<ul class="warnings">${unique.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul>`);
  if (diagnostics !== null) {
    const all = diagnostics.stages.flatMap((s) => [...s.residualChecks, ...s.stabilityChecks]);
    if (diagnostics.nonLinear) all.push(diagnostics.nonLinear.check);
    html += `<h3>Checks</h3>${summary(all)}`;
    for (const stage of diagnostics.stages) {
      const checks = [...stage.residualChecks, ...stage.stabilityChecks];
      if (stage.stage === "outcome" && diagnostics.nonLinear)
        checks.push(diagnostics.nonLinear.check);
      const flagged = checks.filter((c) => c.status !== "pass");
      const passed = checks.filter((c) => c.status === "pass");
      html += `<h3>${escapeHtml(stageTitles[stage.stage])}</h3>`;
      html +=
        flagged.length > 0
          ? checksTable("Checks to review", flagged)
          : "<p>Every check passed.</p>";
      if (passed.length > 0) {
        html +=
          `<details><summary>${passed.length} passed check${passed.length === 1 ? "" : "s"}</summary>` +
          `${checksTable("Passed checks", passed)}</details>`;
      }
    }
  }
  return { id: "diagnostics", heading: "Diagnostics and warnings", html };
}
