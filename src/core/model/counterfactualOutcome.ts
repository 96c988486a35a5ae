import { evaluateStage } from "./_internal/evaluateStage";
import type { FittedModel } from "./types";
import type { Series } from "../types";

/** Outcome and mediator of a counterfactual run through both stages. */
export interface CounterfactualRun {
  /** Mediator fed to stage 2: `[periods]` (the input itself for a single-stage model: zeros). */
  readonly mediator: Float64Array;
  /** Predicted outcome, revenue scale: `[periods]`. */
  readonly outcome: Float64Array;
  /** Stage 2's linear predictor: `[periods]`. */
  readonly linear: Float64Array;
}

/**
 * Runs the fitted model with some input columns changed, the mediator re-predicted through stage 1.
 *
 * The mediator keeps its own noise: its counterfactual is the stage-2 input (observed, or cross-fitted in the
 * predicted variant) minus stage 1's predicted change, floored at 0: g' = max(0, g − (ĝ(observed) − ĝ(changed))).
 * Columns named in `keepInOutcome` are changed for stage 1 only (stage 2 still sees the original values: the
 * channel is kept in its direct path).
 *
 * @param model - fitted model
 * @param columns - input columns, the mediator column holding stage 2's input: each `[periods]`
 * @param changed - replacement columns, each `[periods]`
 * @param keepInOutcome - changed columns stage 2 should not see
 * @returns the counterfactual mediator and outcome
 * @example
 * counterfactualOutcome(model, columns, { tiktok_spend: new Float64Array(104) }).outcome; // => Float64Array [...]
 * @see Imai, Keele & Tingley (2010), A General Approach to Causal Mediation Analysis.
 */
export function counterfactualOutcome(
  model: FittedModel,
  columns: Readonly<Record<string, Series>>,
  changed: Readonly<Record<string, Series>>,
  keepInOutcome: readonly string[] = []
): CounterfactualRun {
  const altered = { ...columns, ...changed };
  const mediatorName = model.roles.mediator;
  let outcomeColumns: Record<string, Series> = { ...altered };
  for (const name of keepInOutcome) outcomeColumns[name] = columns[name] as Series;
  let mediator = new Float64Array(0);
  if (model.mediatorStage && mediatorName !== null) {
    const input = columns[mediatorName] as Series;
    const before = evaluateStage(model.mediatorStage, columns).prediction;
    const after = evaluateStage(model.mediatorStage, altered).prediction;
    mediator = input.map((value, t) =>
      Math.max(0, value - ((before[t] as number) - (after[t] as number)))
    );
    if (mediatorName in changed) mediator = Float64Array.from(changed[mediatorName] as Series);
    outcomeColumns = { ...outcomeColumns, [mediatorName]: mediator };
  }
  const evaluation = evaluateStage(model.outcomeStage, outcomeColumns);
  return { mediator, outcome: evaluation.prediction, linear: evaluation.linear };
}
