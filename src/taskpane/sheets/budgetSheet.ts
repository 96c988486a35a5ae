import type { BudgetPlan } from "../../core/analysis/types";
import {
  FORMAT_CURRENCY,
  FORMAT_GENERAL,
  FORMAT_NUMBER,
  FORMAT_PERCENT,
  SHEET_NAMES,
} from "../constants";
import type { CellValue, SheetSpec } from "./SheetSpec";

const share = (change: number, base: number): CellValue => (base > 0 ? change / base : "");

/**
 * Maps a budget plan to the MMM Budget sheet: per budget line, current and recommended weekly spend, the change, its
 * bounds, weekly incremental revenue at both and the marginal ROAS; a Total row that is the sum of those lines; the
 * mediator's predicted spend (it follows social spend, so it is information, not a line); predicted weekly revenue
 * with the baseline and the expected change; and a last row stating the window (what "current" and "revenue" mean).
 * @param plan - planBudget's result (weekly amounts).
 * @returns The sheet.
 * @example budgetSheet(plan).rows.at(-1)?.[0] // => "Window: Current spend = mean of the last 13 weeks; …"
 * @see https://developers.google.com/meridian/docs/user-guide/budget-optimization-scenarios
 */
export function budgetSheet(plan: BudgetPlan): SheetSpec {
  const spendCells = (current: number, recommended: number): CellValue[] => [
    current,
    recommended,
    recommended - current,
    share(recommended - current, current),
  ];
  const rows: CellValue[][] = plan.channels.map((line) => [
    line.channel,
    ...spendCells(line.current, line.recommended),
    line.min,
    line.max,
    line.currentRevenue,
    line.recommendedRevenue,
    Number.isFinite(line.marginalRoas) ? line.marginalRoas : "",
    line.bound ?? "",
  ]);
  rows.push([
    "Total",
    ...spendCells(plan.totalCurrent, plan.totalRecommended),
    "",
    "",
    plan.incrementalCurrent,
    plan.incrementalRecommended,
    "",
    "sum of the lines above",
  ]);
  if (plan.mediator) {
    const { channel, current, recommended } = plan.mediator;
    rows.push([
      `${channel} (predicted)`,
      ...spendCells(current, recommended),
      "",
      "",
      "",
      "",
      "",
      "follows social spend as stage 1 predicts; not in the total",
    ]);
  }
  const interval = plan.expectedChangeInterval;
  rows.push([
    "Predicted weekly revenue (baseline included)",
    "",
    "",
    "",
    "",
    "",
    "",
    plan.revenueCurrent,
    plan.revenueRecommended,
    "",
    interval
      ? `change ${Math.round(plan.expectedChange)} (90%: ${Math.round(interval.lower)} to ${Math.round(interval.upper)})`
      : `change ${Math.round(plan.expectedChange)}`,
  ]);
  rows.push([`Window: ${plan.window.statement}`, "", "", "", "", "", "", "", "", "", ""]);
  return {
    name: SHEET_NAMES.budget,
    header: [
      "Channel",
      "Current weekly spend",
      "Recommended weekly spend",
      "Change",
      "Change %",
      "Lowest allowed",
      "Highest allowed",
      "Weekly incremental revenue now",
      "Weekly incremental revenue recommended",
      "Marginal ROAS",
      "At bound / note",
    ],
    rows,
    numberFormats: [
      FORMAT_GENERAL,
      FORMAT_CURRENCY,
      FORMAT_CURRENCY,
      FORMAT_CURRENCY,
      FORMAT_PERCENT,
      FORMAT_CURRENCY,
      FORMAT_CURRENCY,
      FORMAT_CURRENCY,
      FORMAT_CURRENCY,
      FORMAT_NUMBER,
      FORMAT_GENERAL,
    ],
  };
}

/**
 * The largest recommended move of a budget plan in words, for the Results summary.
 * @param plan - planBudget's result.
 * @returns e.g. "facebook_spend +$1,200/week (+25%); revenue +$800/week", or null when nothing moves.
 * @example topBudgetMove(plan) // => "tiktok_spend −$900/week (−30%); revenue +$410/week"
 */
export function topBudgetMove(plan: BudgetPlan): string | null {
  const top = [...plan.channels].sort(
    (a, b) => Math.abs(b.recommended - b.current) - Math.abs(a.recommended - a.current)
  )[0];
  if (!top || Math.abs(top.recommended - top.current) < 1) return null;
  const money = (value: number): string =>
    `${value < 0 ? "−" : "+"}$${Math.round(Math.abs(value)).toLocaleString("en-US")}`;
  const change = top.recommended - top.current;
  const percent =
    top.current > 0
      ? ` (${change < 0 ? "−" : "+"}${Math.round((Math.abs(change) / top.current) * 100)}%)`
      : "";
  return `${top.channel} ${money(change)}/week${percent}; revenue ${money(plan.expectedChange)}/week`;
}
