import { InvalidParameterError } from "../errors";
import { fitOls } from "./fitOls";
import type { SeriesLike } from "../types";
import { checkEnoughWeeks, checkSeries, designRows, logPositive } from "./_internal/checkSeries";

/** Options of {@link logLogElasticity}. */
export interface LogLogElasticityOptions {
  /** Control series entering in levels, each `[weeks]`. @defaultValue none */
  readonly controls?: readonly SeriesLike[];
}

/** A coefficient estimated by OLS with its inference, as LINEST reports it. */
export interface CoefficientEstimate {
  /** The estimate. */
  readonly value: number;
  /** Its standard error (NaN when no degree of freedom is left). */
  readonly standardError: number;
  /** value / standardError. */
  readonly tValue: number;
  /** Two-sided p value of t. */
  readonly pValue: number;
  /** Weeks used. */
  readonly weeks: number;
  /** R² of the whole fit (on the fitted scale). */
  readonly r2: number;
}

/**
 * Constant price elasticity from a log-log OLS fit: log(outcome) = b₀ + ε·log(price) + Σ γⱼ·controlⱼ + e.
 *
 * ε is the % change of the outcome per 1% change in price, the same at every price level (a constant-elasticity
 * demand curve). Controls enter in levels. This is the quick single-equation estimate; the fitted MMM's own
 * elasticity (task pane) also accounts for media and seasonality.
 *
 * @param outcome - weekly outcome (e.g. revenue or units), every value > 0: `[weeks]`
 * @param price - weekly average price, every value > 0: `[weeks]`
 * @param options - controls (levels), each `[weeks]`
 * @returns the elasticity with standard error, t, p, weeks and R²
 * @throws {InvalidParameterError} when lengths differ, a value is not finite, outcome or price is ≤ 0, price does not
 *   vary independently of the controls, or there are fewer than controls + 3 weeks
 * @example
 * logLogElasticity([100, 80, 64], [1, 1.25, 1.5625]).value; // => -1 (outcome falls 20% when price rises 25%)
 * @see https://en.wikipedia.org/wiki/Price_elasticity_of_demand#Constant_elasticity_and_optimal_pricing
 */
export function logLogElasticity(
  outcome: SeriesLike,
  price: SeriesLike,
  options: LogLogElasticityOptions = {}
): CoefficientEstimate {
  const weeks = outcome.length;
  const y = logPositive(checkSeries(outcome, "outcome", weeks, "outcome"), "outcome");
  const logPrice = logPositive(checkSeries(price, "price", weeks, "outcome"), "price");
  const controls = (options.controls ?? []).map((control, j) =>
    checkSeries(control, `control ${j + 1}`, weeks, "outcome")
  );
  checkEnoughWeeks(weeks, 1 + controls.length, "An elasticity fit");
  const fit = fitOls(designRows([logPrice], controls), y);
  if (fit.aliased[0] === true) {
    throw new InvalidParameterError(
      "price",
      "price does not vary apart from the controls (it is constant or a combination of them); give weeks with different prices."
    );
  }
  return {
    value: fit.coefficients[0] as number,
    standardError: fit.standardErrors[0] as number,
    tValue: fit.tValues[0] as number,
    pValue: fit.pValues[0] as number,
    weeks,
    r2: fit.r2,
  };
}
