import type { Intervals, PriceScenario, Sensitivity } from "../../core/analysis/types";
import type { MmmResult } from "../../core/model/types";
import { formatNumber } from "../formatNumber";
import { htmlTable } from "../htmlTable";
import { statTiles, type StatTile } from "../statTiles";
import type { ReportSection } from "../types";

interface GridRow {
  readonly priceChange: number;
  readonly off: PriceScenario | undefined;
  readonly on: PriceScenario | undefined;
}

const cell = (s: PriceScenario | undefined): string =>
  s === undefined
    ? "—"
    : `${formatNumber(s.revenue)} (${formatNumber(s.changeShare, "signedPercent")})`;

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
  const grid = sensitivity?.grid;
  if (grid && grid.scenarios.length > 0) {
    const changes = [...new Set(grid.scenarios.map((s) => s.priceChange))].sort((a, b) => a - b);
    const rows: GridRow[] = changes.map((priceChange) => ({
      priceChange,
      off: grid.scenarios.find((s) => s.priceChange === priceChange && s.promotions === "off"),
      on: grid.scenarios.find((s) => s.priceChange === priceChange && s.promotions === "on"),
    }));
    html += htmlTable(
      [
        {
          header: "Price change",
          cell: (r: GridRow) => formatNumber(r.priceChange, "signedPercent"),
          kind: "number",
        },
        { header: "No promotions", cell: (r) => cell(r.off), kind: "number" },
        { header: "Promotions every week", cell: (r) => cell(r.on), kind: "number" },
      ],
      rows,
      {
        caption:
          `Predicted revenue over the next ${grid.windowWeeks} weeks (change against ` +
          `${formatNumber(grid.baselineRevenue)} with the last weeks repeated)`,
      }
    );
  }
  return { id: "price", heading: "Price and promotions", html };
}
