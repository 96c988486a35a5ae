import { evaluateStage } from "../model/_internal/evaluateStage";
import { counterfactualOutcome } from "../model/counterfactualOutcome";
import type { FittedModel } from "../model/types";
import type { Series } from "../types";
import type { LiftPath } from "./types";

/**
 * The model's counterfactual lift of a test: Σ over the test weeks of predicted revenue minus predicted revenue
 * with the channel's spend at 0 in those weeks. Path "total" re-predicts Google through stage 1 (the mediated part
 * counts); "direct" holds Google at its input, so only the direct path counts. Carry-over after the last test week
 * counts up to the test's read-out end (`readoutEnd`, default the last test week), as the measured lift does.
 *
 * @param model - fitted model
 * @param columns - input columns (the mediator column holding stage 2's input): each `[periods]`
 * @param test - channel, path and the 0-based first and last week (inclusive)
 * @returns lift in revenue units and the channel's spend over the test weeks
 * @example
 * modelLift(model, columns, { channel: "tiktok_spend", path: "total", start: 60, end: 67 }).lift; // => 48000
 * @see Jin et al. (2017); Google Meridian's ROI calibration with experiments.
 */
export function modelLift(
  model: FittedModel,
  columns: Readonly<Record<string, Series>>,
  test: {
    readonly channel: string;
    readonly path: LiftPath;
    readonly start: number;
    readonly end: number;
    /** Last week whose revenue counts (read-out), ≥ end. @defaultValue end */
    readonly readoutEnd?: number;
  }
): { readonly lift: number; readonly spend: number } {
  const values = columns[test.channel] as Series;
  const zeroed = Float64Array.from(values);
  let spend = 0;
  for (let t = test.start; t <= test.end; t++) {
    spend += values[t] as number;
    zeroed[t] = 0;
  }
  const changed: Record<string, Series> = { [test.channel]: zeroed };
  const mediator = model.roles.mediator;
  if (test.path === "direct" && mediator !== null && model.mediatorStage) {
    changed[mediator] = columns[mediator] as Series;
  }
  const base = evaluateStage(model.outcomeStage, columns).prediction;
  const without = counterfactualOutcome(model, columns, changed).outcome;
  let lift = 0;
  const last = Math.max(test.end, test.readoutEnd ?? test.end);
  for (let t = test.start; t <= last; t++) lift += (base[t] as number) - (without[t] as number);
  return { lift, spend };
}
