import type { Intervals, Sensitivity } from "../../core/analysis/types";
import type { MmmResult } from "../../core/model/types";
import { formatNumber } from "../formatNumber";
import { sensitivityTable } from "../../core/tables/sensitivityTable";
import { tableHtml } from "../tableHtml";
import { statTiles, type StatTile } from "../statTiles";
import type { ReportSection } from "../types";

/**
 * Price elasticity and promotion lift (with intervals when given) and, with the sensitivity analysis, the grid of
 * predicted revenue over the scenario window for each price change with and without promotions.
 * Returns null when the data has neither a price nor a promotion column.
 *
 * @param result - `fitMmm`'s result (point estimates)
 * @param intervals - optional; intervals of elasticity and lift
 * @param sensitivity - optional; adds the scenario grid
 * @returns the section, or null when there is nothing to show
 * @example
 * priceSection(result, null, null)?.heading; // => "Price and promotions"
 * @see https://en.wikipedia.org/wiki/Price_elasticity_of_demand
 */
export function priceSection(
  result: MmmResult,
  intervals: Intervals | null,
  sensitivity: Sensitivity | null
): ReportSection | null {
  const tiles: StatTile[] = [];
  const { elasticity, promoLift } = result;
  const level =
    intervals === null ? "" : `${formatNumber(intervals.level * 100, "count")}% interval `;
  if (elasticity.column !== null && elasticity.value !== null) {
    const ci = intervals?.elasticity ?? null;
    tiles.push({
      label: `Price elasticity (${elasticity.column})`,
      value: formatNumber(elasticity.value, "ratio"),
      note:
        ci === null
          ? "% change in revenue per 1% change in price"
          : `${level}${formatNumber(ci.lower, "ratio")} to ${formatNumber(ci.upper, "ratio")}`,
    });
  }
  if (promoLift.column !== null && promoLift.value !== null) {
    const ci = intervals?.promoLift.value ?? null;
    tiles.push({
      label: `Promotion lift (${promoLift.column})`,
      value: formatNumber(promoLift.value, "signedPercent"),
      note:
        ci === null
          ? `${formatNumber(promoLift.revenuePerPromoWeek, "signedAmount")} revenue per promotion week`
          : `${level}${formatNumber(ci.lower, "signedPercent")} to ${formatNumber(ci.upper, "signedPercent")}`,
    });
  }
  if (tiles.length === 0) return null;
  let html = statTiles(tiles);
  if (sensitivity && sensitivity.grid.scenarios.length > 0) {
    html += tableHtml(sensitivityTable(sensitivity), {
      caption: `Predicted revenue over the next ${sensitivity.grid.windowWeeks} weeks`,
    });
  }
  return { id: "price", heading: "Price and promotions", html };
}
