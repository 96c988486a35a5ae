import type { FittedModel, Prediction } from "../core/model/types";

/**
 * Shapes a prediction for a spill: one row per scenario week with revenue, or with `parts` revenue, predicted
 * mediator spend, baseline, direct and mediated; a label row on top when `headers`.
 *
 * @param prediction - predictModel's output
 * @param model - the model (for the outcome and mediator names)
 * @param headers - put a label row on top
 * @param parts - add the mediator and the baseline/direct/mediated split
 * @returns `[weeks (+1)][1 or 5]`
 * @example
 * predictionRows(prediction, model, true, false); // => [["revenue"], [41234.5], …]
 */
export function predictionRows(
  prediction: Prediction,
  model: FittedModel,
  headers: boolean,
  parts: boolean
): (string | number)[][] {
  const labels = parts
    ? [model.roles.outcome, model.roles.mediator ?? "mediator", "baseline", "direct", "mediated"]
    : [model.roles.outcome];
  const rows: (string | number)[][] = Array.from(prediction.revenue, (revenue, t) =>
    parts
      ? [
          revenue,
          prediction.mediator[t] as number,
          prediction.baseline[t] as number,
          prediction.direct[t] as number,
          prediction.mediated[t] as number,
        ]
      : [revenue]
  );
  return headers ? [labels, ...rows] : rows;
}
