import type { FitDiagnostics } from "../../core/analysis/types";
import type { DiagnosticCheck } from "../../core/diagnostics/checkStatus";
import { escapeHtml } from "../escapeHtml";
import { diagnosticsTable } from "../../core/tables/diagnosticsTable";
import type { Table, TableCell } from "../../core/tables/types";
import type { TrustedHtml } from "../htmlTable";
import { statusBadge } from "../statusBadge";
import { tableHtml } from "../tableHtml";
import type { ReportSection } from "../types";

/** The status column as a badge: words, not only colour, so the table reads in grey print too. */
const badge = (key: string, value: TableCell): TrustedHtml | undefined =>
  key === "status" ? statusBadge(value) : undefined;

/** The checks of one stage with the given statuses, from the Diagnostics table. */
function checksTable(
  table: Table,
  title: string,
  stage: string,
  keep: (status: TableCell) => boolean
): string {
  return tableHtml(table, {
    columns: ["check", "status", "statistic", "p_value", "message"],
    rows: (row) => row[0] === stage && keep(row[2] ?? null),
    caption: title,
    cell: badge,
    notes: false,
  });
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
    const table = diagnosticsTable(diagnostics);
    const statusOf = (stage: string) =>
      table.rows.filter((row) => row[0] === stage).map((row) => row[2]);
    for (const stage of diagnostics.stages) {
      const statuses = statusOf(stage.stage);
      const flagged = statuses.filter((status) => status !== "pass").length;
      const passed = statuses.length - flagged;
      html += `<h3>${escapeHtml(stageTitles[stage.stage])}</h3>`;
      html +=
        flagged > 0
          ? checksTable(table, "Checks to review", stage.stage, (status) => status !== "pass")
          : "<p>Every check passed.</p>";
      if (passed > 0) {
        html +=
          `<details><summary>${passed} passed check${passed === 1 ? "" : "s"}</summary>` +
          `${checksTable(table, "Passed checks", stage.stage, (status) => status === "pass")}</details>`;
      }
    }
    html += table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join("");
  }
  return { id: "diagnostics", heading: "Diagnostics and warnings", html };
}
