import type { LiftTestCandidate } from "../../core/experiments/rankLiftTests";
import type { MmmResult } from "../../core/model/types";
import { calibrationTable } from "../../core/tables/calibrationTable";
import { testPlanTable } from "../../core/tables/testPlanTable";
import { escapeHtml } from "../escapeHtml";
import { tableHtml } from "../tableHtml";
import type { ReportSection } from "../types";

/**
 * Experiments: the lift tests the fit was calibrated with (measured lift against the model's before and after) and
 * the ranked test plan, both from the table model; null when the run has neither.
 * @param result - the fit (its `calibration`, when tests were given)
 * @param testPlan - the run's ranked candidates, or null
 * @returns the section, or null
 * @example experimentsSection(run.result, run.testPlan)?.heading; // => "Experiments"
 */
export function experimentsSection(
  result: MmmResult,
  testPlan: readonly LiftTestCandidate[] | null
): ReportSection | null {
  const parts: string[] = [];
  if (result.calibration) {
    const table = calibrationTable(result.calibration);
    parts.push(
      tableHtml(table, {
        caption: "Lift tests: measured against the model, before and after calibration",
      })
    );
    parts.push(...table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`));
  }
  if (testPlan && testPlan.length > 0) {
    const table = testPlanTable(testPlan);
    parts.push(tableHtml(table, { caption: "Which channel to test next" }));
    parts.push(...table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`));
  }
  return parts.length === 0
    ? null
    : { id: "experiments", heading: "Experiments", html: parts.join("") };
}
