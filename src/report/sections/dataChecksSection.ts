import type { DataCheck } from "../../core/health/types";
import { dataChecksTable } from "../../core/tables/dataChecksTable";
import { escapeHtml } from "../escapeHtml";
import { statusBadge } from "../statusBadge";
import { tableHtml } from "../tableHtml";
import type { ReportSection } from "../types";

/**
 * The checks of the data made before the fit, from the Data checks table: those to act on in a table (status as a
 * badge, finding, recommendation), the passed ones folded away in a `<details>` element (no script needed).
 * @param checks - the run's data checks (`MmmRun.dataChecks`).
 * @returns the section
 * @example dataChecksSection([]).heading // => "Data checks"
 */
export function dataChecksSection(checks: readonly DataCheck[]): ReportSection {
  const table = dataChecksTable(checks);
  const statusOf = (row: readonly unknown[]) => row[0];
  const flagged = table.rows.filter((row) => statusOf(row) !== "pass").length;
  const passed = table.rows.length - flagged;
  const options = (keep: (status: unknown) => boolean, caption: string) => ({
    rows: (row: readonly unknown[]) => keep(statusOf(row)),
    caption,
    cell: (key: string, value: Parameters<typeof statusBadge>[0]) =>
      key === "status" ? statusBadge(value) : undefined,
    notes: false,
  });
  let html =
    table.rows.length === 0
      ? ""
      : flagged > 0
        ? tableHtml(
            table,
            options((status) => status !== "pass", "Checks to act on")
          )
        : "<p>Every data check passed.</p>";
  if (passed > 0) {
    html +=
      `<details><summary>${passed} passed check${passed === 1 ? "" : "s"}</summary>` +
      `${tableHtml(
        table,
        options((status) => status === "pass", "Passed checks")
      )}</details>`;
  }
  html += table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join("");
  return { id: "data-checks", heading: "Data checks", html };
}
