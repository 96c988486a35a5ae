import { ELASTICITY_STEP } from "../model/constants";
import type { Elasticity, FittedModel, PromoLift } from "../model/types";
import type { Series } from "../types";
import { counterfactualOutcome } from "../model/counterfactualOutcome";

const sum = (values: Float64Array): number => values.reduce((a, b) => a + b, 0);

/**
 * Price elasticity by counterfactual through both stages at observed levels: the % change of total predicted
 * revenue per 1% change of price, by a central difference of ±`ELASTICITY_STEP`.
 *
 * @param model - fitted model
 * @param columns - input columns (the mediator column holding stage 2's input), each `[periods]`
 * @param priceColumn - the price control, or null
 * @returns the elasticity (null without a price column or with no predicted revenue)
 * @example
 * priceElasticity(model, columns, "average_price").value; // => -1.4
 * @see https://en.wikipedia.org/wiki/Price_elasticity_of_demand
 */
export function priceElasticity(
  model: FittedModel,
  columns: Readonly<Record<string, Series>>,
  priceColumn: string | null
): Elasticity {
  if (priceColumn === null || !(priceColumn in columns))
    return { column: priceColumn, value: null };
  const price = columns[priceColumn] as Series;
  const run = (factor: number) =>
    sum(
      counterfactualOutcome(model, columns, { [priceColumn]: price.map((value) => value * factor) })
        .outcome
    );
  const base = run(1);
  if (base === 0) return { column: priceColumn, value: null };
  const value =
    (run(1 + ELASTICITY_STEP) - run(1 - ELASTICITY_STEP)) / (2 * ELASTICITY_STEP * base);
  return { column: priceColumn, value };
}

/**
 * Promotion lift by counterfactual: every week predicted with the promotion on (1) and off (0).
 *
 * @param model - fitted model
 * @param columns - input columns, each `[periods]`
 * @param promotionColumn - the promotion flag, or null
 * @returns mean of ŷ(on)/ŷ(off) − 1 over weeks with ŷ(off) > 0, and mean revenue gained per promotion week
 * @example
 * promotionLift(model, columns, "promotions"); // => { column: "promotions", value: 0.12, revenuePerPromoWeek: 3400 }
 * @see https://en.wikipedia.org/wiki/Counterfactual_conditional
 */
export function promotionLift(
  model: FittedModel,
  columns: Readonly<Record<string, Series>>,
  promotionColumn: string | null
): PromoLift {
  if (promotionColumn === null || !(promotionColumn in columns)) {
    return { column: promotionColumn, value: null, revenuePerPromoWeek: null };
  }
  const periods = (columns[promotionColumn] as Series).length;
  const on = counterfactualOutcome(model, columns, {
    [promotionColumn]: new Float64Array(periods).fill(1),
  }).outcome;
  const off = counterfactualOutcome(model, columns, {
    [promotionColumn]: new Float64Array(periods),
  }).outcome;
  let ratioSum = 0;
  let ratioCount = 0;
  let gain = 0;
  for (let t = 0; t < periods; t++) {
    const without = off[t] as number;
    gain += (on[t] as number) - without;
    if (without > 0) {
      ratioSum += (on[t] as number) / without - 1;
      ratioCount++;
    }
  }
  return {
    column: promotionColumn,
    value: ratioCount > 0 ? ratioSum / ratioCount : null,
    revenuePerPromoWeek: periods > 0 ? gain / periods : null,
  };
}
