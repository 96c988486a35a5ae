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
 * Maps a budget plan to the MMM Budget sheet: per channel, current and recommended weekly spend, the change, its
 * bounds, weekly revenue at both and the marginal ROAS, then a total row with the expected weekly revenue change.
 * @param plan - planBudget's result (weekly amounts).
 * @returns The sheet.
 * @example budgetSheet(plan).rows.at(-1)?.[0] // => "Total"
 * @see https://developers.google.com/meridian/docs/user-guide/budget-optimization-scenarios
 */
export function budgetSheet(plan: BudgetPlan): SheetSpec {
  const rows: CellValue[][] = plan.channels.map((line) => [
    line.channel,
    line.kind,
    line.current,
    line.recommended,
    line.recommended - line.current,
    share(line.recommended - line.current, line.current),
    line.min,
    line.max,
    line.currentRevenue,
    line.recommendedRevenue,
    Number.isFinite(line.marginalRoas) ? line.marginalRoas : "",
    line.bound ?? "",
  ]);
  rows.push([
    "Total",
    "",
    plan.totalCurrent,
    plan.totalRecommended,
    plan.totalRecommended - plan.totalCurrent,
    share(plan.totalRecommended - plan.totalCurrent, plan.totalCurrent),
    "",
    "",
    plan.revenueCurrent,
    plan.revenueRecommended,
    "",
    plan.expectedChangeInterval
      ? `revenue change ${Math.round(plan.expectedChange)} (90%: ${Math.round(plan.expectedChangeInterval.lower)} to ${Math.round(plan.expectedChangeInterval.upper)})`
      : `revenue change ${Math.round(plan.expectedChange)}`,
  ]);
  return {
    name: SHEET_NAMES.budget,
    header: [
      "Channel",
      "Kind",
      "Current weekly spend",
      "Recommended weekly spend",
      "Change",
      "Change %",
      "Lowest allowed",
      "Highest allowed",
      "Weekly revenue now",
      "Weekly revenue recommended",
      "Marginal ROAS",
      "At bound / note",
    ],
    rows,
    numberFormats: [
      FORMAT_GENERAL,
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
