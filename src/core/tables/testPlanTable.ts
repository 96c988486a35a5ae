import type { LiftTestCandidate } from "../experiments/rankLiftTests";
import { TABLE_TITLE_PREFIX } from "./constants";
import { column, numberCell } from "./_internal/tableParts";
import type { Table, TableRow } from "./types";

/** What one row of the Test plan table means. */
export const TEST_PLAN_DESCRIPTION =
  "One social channel's candidate lift test, best first: the revenue its ROAS uncertainty puts at stake each " +
  "week, the lift the model expects from the stated spend change over the stated weeks, the standard error such a " +
  "test would have and the weeks it needs to measure the lift to the target precision.";

/**
 * The Test plan table: `rankLiftTests`' candidates in rank order (the channel whose test narrows the budget decision
 * most first), with the change and length every candidate is planned at.
 * @param candidates - the run's test plan (`MmmRun.testPlan`).
 * @returns The table (no total row).
 * @example testPlanTable(run.testPlan).rows[0]?.[0] // => 1
 */
export function testPlanTable(candidates: readonly LiftTestCandidate[]): Table {
  const rows: TableRow[] = candidates.map((entry, i) => [
    i + 1,
    entry.channel,
    numberCell(entry.change),
    entry.weeks,
    numberCell(entry.weeklySpend),
    numberCell(entry.roasIntervalWidth),
    numberCell(entry.revenueAtStake),
    numberCell(entry.expectedLift),
    numberCell(entry.standardError),
    numberCell(entry.relativeSe),
    numberCell(entry.weeksNeeded),
  ]);
  const first = candidates[0];
  return {
    id: "testPlan",
    title: `${TABLE_TITLE_PREFIX} Test plan`,
    fileName: "test_plan.csv",
    description: TEST_PLAN_DESCRIPTION,
    columns: [
      column("rank", "Rank", "count"),
      column("channel", "Channel", "text"),
      column("change", "Spend change", "percent"),
      column("weeks", "Test weeks", "count"),
      column("weekly_spend", "Weekly spend now", "currency/week"),
      column("roas_interval_width", "ROAS interval width", "ratio"),
      column("revenue_at_stake", "Revenue at stake per week", "currency/week"),
      column("expected_lift", "Expected lift over the test", "currency"),
      column("standard_error", "Standard error of the test", "currency"),
      column("relative_se", "Relative standard error", "percent"),
      column("weeks_needed", "Weeks needed", "count"),
    ],
    rows,
    total: null,
    notes: [
      "Revenue at stake = width of the channel's ROAS interval × its weekly spend: the test that narrows the widest " +
        "uncertainty on the most money narrows the budget decision most.",
      ...(first
        ? [
            `Each test changes spend by ${Math.round(first.change * 100)}% for ${first.weeks} weeks; its standard ` +
              "error assumes the read-out's weekly noise equals the model's forecast error (a lower bound when " +
              "weeks are correlated). Plan other changes and lengths with =MMM.TESTPLAN(channel, change, weeks).",
          ]
        : []),
    ],
  };
}
