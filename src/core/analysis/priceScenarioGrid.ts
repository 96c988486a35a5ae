import { InvalidParameterError } from "../errors";
import { predictModel } from "../model/predictModel";
import type { MmmResult } from "../model/types";
import { DEFAULT_PRICE_STEPS, DEFAULT_SCENARIO_WINDOW_WEEKS } from "./constants";
import type { PriceScenario, PriceScenarioGrid } from "./types";

/** Options of {@link priceScenarioGrid}. */
export interface PriceScenarioGridOptions {
  /** Weeks of the scenario, 1 to the model's stored history (26). @defaultValue 4 */
  readonly window?: number;
  /** Price changes as fractions (−0.1 = 10% cheaper). @defaultValue −10% … +10% in 2.5% steps */
  readonly steps?: readonly number[];
}

/**
 * Predicted revenue over the next `window` weeks for a grid of price changes × promotions on/off.
 *
 * The scenario repeats the last `window` observed weeks of every input (spend, google, controls) right after the
 * data, so adstock carries over from the stored history and trend and seasonality continue; price is scaled by
 * (1 + change) in every week and promotions are on in every week or in none. The baseline keeps the observed
 * prices and promotions of those weeks. Without a price column the grid has the 0% row only; without a promotion
 * column the promotions stay as observed and are reported as "off".
 *
 * @param result - `fitMmm`'s result (its observed-variant model)
 * @param options - window (weeks, default 4), steps (fractions)
 * @returns baseline revenue and one row per (price change, promotions) with revenue and change
 * @throws {InvalidParameterError} when the window is not a whole number within the stored history, or a step ≤ −1
 * @example
 * priceScenarioGrid(result).scenarios.find((s) => s.priceChange === -0.1 && s.promotions === "off")?.changeShare;
 * // => 0.08 (10% cheaper: +8% revenue over the next 4 weeks)
 * @see https://en.wikipedia.org/wiki/Price_elasticity_of_demand
 */
export function priceScenarioGrid(
  result: MmmResult,
  options: PriceScenarioGridOptions = {}
): PriceScenarioGrid {
  const model = result.model;
  const stored = Math.min(...Object.values(model.history).map((values) => values.length));
  const window = options.window ?? Math.min(DEFAULT_SCENARIO_WINDOW_WEEKS, stored);
  if (!(Number.isInteger(window) && window >= 1 && window <= stored)) {
    throw new InvalidParameterError(
      "window",
      `The scenario window must be a whole number of weeks from 1 to ${stored} (got ${window}).`
    );
  }
  const priceColumn = result.elasticity.column ?? null;
  const promotionColumn = result.promoLift.column ?? null;
  const steps = priceColumn === null ? [0] : (options.steps ?? DEFAULT_PRICE_STEPS);
  for (const step of steps) {
    if (!(step > -1 && Number.isFinite(step))) {
      throw new InvalidParameterError(
        "steps",
        `A price change must be a fraction above −1, e.g. −0.1 for 10% cheaper (got ${step}).`
      );
    }
  }
  const lastWeeks: Record<string, Float64Array> = {};
  for (const [name, values] of Object.entries(model.history)) {
    lastWeeks[name] = Float64Array.from(values.slice(values.length - window));
  }
  const revenueOf = (priceChange: number, promotions: "on" | "off" | "observed"): number => {
    const columns: Record<string, Float64Array> = { ...lastWeeks };
    if (priceColumn !== null && lastWeeks[priceColumn]) {
      columns[priceColumn] = lastWeeks[priceColumn].map((price) => price * (1 + priceChange));
    }
    if (promotionColumn !== null && promotions !== "observed") {
      columns[promotionColumn] = new Float64Array(window).fill(promotions === "on" ? 1 : 0);
    }
    const revenue = predictModel(model, { columns, periods: window }).revenue;
    return revenue.reduce((sum, value) => sum + value, 0);
  };
  const baselineRevenue = revenueOf(0, "observed");
  const promotionStates: readonly ("on" | "off")[] =
    promotionColumn === null ? ["off"] : ["off", "on"];
  const scenarios: PriceScenario[] = [];
  for (const promotions of promotionStates) {
    for (const priceChange of steps) {
      const revenue = revenueOf(priceChange, promotionColumn === null ? "observed" : promotions);
      scenarios.push({
        priceChange,
        promotions,
        revenue,
        change: revenue - baselineRevenue,
        changeShare: baselineRevenue !== 0 ? revenue / baselineRevenue - 1 : Number.NaN,
      });
    }
  }
  return { windowWeeks: window, priceColumn, promotionColumn, baselineRevenue, scenarios };
}
