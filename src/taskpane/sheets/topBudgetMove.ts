import type { BudgetPlan } from "../../core/analysis/types";

/**
 * The largest recommended move of a budget plan in words, for the Results summary.
 * @param plan - planBudget's result.
 * @returns e.g. "facebook_spend +$1,200/week (+25%); revenue +$800/week", then (two-stage model) the change net of
 *   induced google spend, or null when nothing moves.
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
  const net =
    plan.mediator === null
      ? ""
      : `, net of induced google spend ${money(plan.expectedNetChange)}/week`;
  return `${top.channel} ${money(change)}/week${percent}; revenue ${money(plan.expectedChange)}/week${net}`;
}
