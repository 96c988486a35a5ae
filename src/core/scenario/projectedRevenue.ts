import { InvalidParameterError } from "../errors";
import { predictModel } from "../model/predictModel";
import type { FittedModel } from "../model/types";
import { RESPONSE_HORIZON_WEEKS } from "./constants";
import { currentWeeklySpend } from "./currentWeeklySpend";
import type { SpendResponseOptions } from "./types";

/** Mean weekly figures of a forward projection. */
export interface ProjectedRevenue {
  /** Mean weekly predicted revenue, baseline included. */
  readonly revenue: number;
  /** Mean weekly mediator spend as stage 1 predicts it; null for a single-stage model. */
  readonly mediatorSpend: number | null;
}

/**
 * Mean weekly predicted revenue over a forward projection of `horizonWeeks` after the model's last observed week
 * (carry-over from the stored history), each social channel at a constant weekly spend (`spends`, else its current
 * spend), controls at their last value, and the mediator following social spend as stage 1 predicts (never set).
 * One `predictModel` run (about 1 ms).
 *
 * @param model - a fitted model (either mediator variant, or single stage)
 * @param spends - weekly spend by social channel; a channel left out is at its current spend
 * @param options - currentSpendWeeks, horizonWeeks
 * @returns mean weekly revenue and mediator spend
 * @throws {InvalidParameterError} when horizonWeeks is not a whole number ≥ 1 or a spend is negative
 * @example
 * projectedRevenue(model, { tiktok_spend: 0 }).revenue; // => 51230.4 (revenue a week without TikTok)
 * @see currentWeeklySpend for "current"
 */
export function projectedRevenue(
  model: FittedModel,
  spends: Readonly<Record<string, number>>,
  options: SpendResponseOptions = {}
): ProjectedRevenue {
  const periods = options.horizonWeeks ?? RESPONSE_HORIZON_WEEKS;
  if (!(Number.isInteger(periods) && periods >= 1)) {
    throw new InvalidParameterError(
      "horizonWeeks",
      `The projection must cover a whole number of weeks, 1 or more (got ${periods}).`
    );
  }
  const current = currentWeeklySpend(model, options);
  const columns: Record<string, Float64Array> = {};
  for (const name of model.roles.social) {
    const spend = spends[name] ?? current[name] ?? 0;
    if (!(spend >= 0 && Number.isFinite(spend))) {
      throw new InvalidParameterError(
        "spend",
        `Weekly spend of '${name}' must be a finite number of at least 0 (got ${spend}).`
      );
    }
    columns[name] = new Float64Array(periods).fill(spend);
  }
  const prediction = predictModel(model, { columns, periods });
  const mean = (values: Float64Array): number => values.reduce((s, v) => s + v, 0) / periods;
  return {
    revenue: mean(prediction.revenue),
    mediatorSpend: model.roles.mediator === null ? null : mean(prediction.mediator),
  };
}
