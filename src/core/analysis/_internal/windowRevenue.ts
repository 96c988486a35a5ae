import { predictModel } from "../../model/predictModel";
import type { FittedModel } from "../../model/types";
import type { Dataset, Series } from "../../types";

/** Weeks `[start, end)` of the data that a plan replaces. */
export interface PlanWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Mean weekly predicted revenue over a window of the observed weeks when some columns are set to a constant
 * weekly amount inside the window (a replay of the data: every other input as observed, carry-over from the weeks
 * before the window counted, as the simulator's `expectedRevenue` does).
 *
 * With `mediatorFollows`, the mediator is not set but moves with the social channels: observed mediator plus the
 * change stage 1 predicts from the changed social spend (floored at 0), so a social channel acts through both
 * paths. Otherwise the mediator keeps its observed value unless it is set itself (it is then a budget line).
 *
 * @param model - a fitted model (observed variant)
 * @param dataset - the data it was fitted on
 * @param window - weeks replaced
 * @param overrides - weekly amount by column name
 * @param mediatorFollows - let the mediator follow social spend through stage 1
 * @returns mean weekly revenue over the window
 */
export function windowRevenue(
  model: FittedModel,
  dataset: Dataset,
  window: PlanWindow,
  overrides: Readonly<Record<string, number>>,
  mediatorFollows = false
): number {
  const n = dataset.weeks.length;
  const columns: Record<string, Series> = { ...dataset.columns };
  for (const [name, amount] of Object.entries(overrides)) {
    const values = Float64Array.from(dataset.columns[name] as Series);
    values.fill(amount, window.start, window.end);
    columns[name] = values;
  }
  const mediator = model.roles.mediator;
  if (mediatorFollows && mediator !== null && model.mediatorStage !== null) {
    const withoutMediator = (source: Readonly<Record<string, Series>>) => {
      const copy: Record<string, Series> = { ...source };
      delete copy[mediator];
      return predictModel(model, { columns: copy, periods: n }, { history: "none" }).google;
    };
    const changed = withoutMediator(columns);
    const observed = withoutMediator(dataset.columns);
    const actual = dataset.columns[mediator] as Series;
    columns[mediator] = actual.map((value, t) =>
      Math.max(value + (changed[t] as number) - (observed[t] as number), 0)
    );
  }
  const revenue = predictModel(model, { columns, periods: n }, { history: "none" }).revenue;
  let sum = 0;
  for (let t = window.start; t < window.end; t++) sum += revenue[t] as number;
  return sum / (window.end - window.start);
}
