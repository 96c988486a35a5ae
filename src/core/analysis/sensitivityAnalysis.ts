import type { MmmResult } from "../model/types";
import { priceScenarioGrid, type PriceScenarioGridOptions } from "./priceScenarioGrid";
import type { Intervals, Sensitivity } from "./types";

/**
 * Price and promotion sensitivity: the fit's price elasticity and promotion lift (as a fraction and in revenue
 * per promotion week) with their bootstrap intervals, and the price × promotion scenario grid.
 *
 * @param result - `fitMmm`'s result
 * @param intervals - bootstrap intervals, or null (the intervals are then null)
 * @param options - the scenario grid's window and steps
 * @returns elasticity, promotion lift and grid
 * @throws {InvalidParameterError} as {@link priceScenarioGrid}
 * @example
 * sensitivityAnalysis(result, intervals).elasticity; // => { column: "average_price", value: -1.1, interval: { lower: -1.4, upper: -0.9 } }
 * @see https://en.wikipedia.org/wiki/Price_elasticity_of_demand
 */
export function sensitivityAnalysis(
  result: MmmResult,
  intervals: Intervals | null,
  options: PriceScenarioGridOptions = {}
): Sensitivity {
  return {
    elasticity: {
      column: result.elasticity.column,
      value: result.elasticity.value,
      interval: intervals?.elasticity ?? null,
    },
    promoLift: {
      column: result.promoLift.column,
      value: result.promoLift.value,
      interval: intervals?.promoLift.value ?? null,
      revenuePerPromoWeek: result.promoLift.revenuePerPromoWeek,
      revenuePerPromoWeekInterval: intervals?.promoLift.revenuePerPromoWeek ?? null,
    },
    grid: priceScenarioGrid(result, options),
  };
}
