import { counterfactualOutcome } from "../mediation/counterfactualOutcome";
import { evaluateStage } from "../model/_internal/evaluateStage";
import type { Contributions, FeatureSpec, FittedModel } from "../model/types";
import type { Series } from "../types";

/** Below this |linear predictor| the ratio expm1(x)/x is taken from its series (avoids 0/0). */
const SMALL_LINEAR = 1e-8;

/** How the multiplicative form's contributions are split (reported with the result). */
export const MULTIPLICATIVE_ATTRIBUTION =
  "Multiplicative form: each term's share of the log-scale linear predictor, times the fitted revenue " +
  "(term × expm1(lp) / lp), so the parts add up to the fitted value of every week.";

/** Additive form's attribution in words. */
export const ADDITIVE_ATTRIBUTION =
  "Additive form: each term is coefficient × feature; they add up to the fitted value.";

/** expm1(x)/x, 1 at 0. */
export function revenuePerLinearUnit(linear: number): number {
  return Math.abs(linear) < SMALL_LINEAR ? 1 + linear / 2 : Math.expm1(linear) / linear;
}

/**
 * Splits the fitted outcome of every week into baseline, controls, each social channel's direct and indirect parts
 * and the mediator's own part; the parts add up to the fitted value exactly (up to rounding).
 *
 * A channel's indirect part in week t is the linear predictor's drop when the mediator is re-predicted with the
 * channel at zero; the mediator's own part is the mediator's whole term less those parts. An interaction term is
 * shared half and half between its two sources. The multiplicative form scales every linear part by
 * expm1(lp)/lp (see `MULTIPLICATIVE_ATTRIBUTION`).
 *
 * @param model - fitted model
 * @param columns - input columns with stage 2's mediator input in the mediator column, each `[periods]`
 * @returns weekly contributions, each `[periods]`
 * @example
 * decomposeContributions(model, dataset.columns).fitted; // => Float64Array [...] (the fitted revenue)
 * @see Zhang & Vaver (2017), Introduction to the Aggregate Marketing System Simulator (decomposition of effects).
 */
export function decomposeContributions(
  model: FittedModel,
  columns: Readonly<Record<string, Series>>
): Contributions {
  const stage = model.outcomeStage;
  const evaluation = evaluateStage(stage, columns);
  const periods = evaluation.linear.length;
  const mediatorName = model.roles.mediator;
  const social = new Set(model.roles.social);
  const baseline = new Float64Array(periods).fill(stage.intercept);
  const controls: Record<string, Float64Array> = {};
  const direct: Record<string, Float64Array> = {};
  const indirect: Record<string, Float64Array> = {};
  for (const channel of model.roles.social) {
    direct[channel] = new Float64Array(periods);
    indirect[channel] = new Float64Array(periods);
  }
  const mediator = new Float64Array(periods);
  const byName = new Map(stage.features.map((feature) => [feature.name, feature]));
  const target = (feature: FeatureSpec | undefined): Float64Array => {
    if (
      !feature ||
      feature.kind === "trend" ||
      feature.kind === "fourier" ||
      feature.kind === "interaction"
    ) {
      return baseline;
    }
    if (feature.column === mediatorName) return mediator;
    if (social.has(feature.column)) return direct[feature.column] as Float64Array;
    controls[feature.column] ??= new Float64Array(periods);
    return controls[feature.column] as Float64Array;
  };
  stage.features.forEach((feature, j) => {
    const term = evaluation.terms[j] as Float64Array;
    const halves =
      feature.kind === "interaction"
        ? [target(byName.get(feature.left)), target(byName.get(feature.right))]
        : [target(feature)];
    for (const part of halves) {
      for (let t = 0; t < periods; t++)
        part[t] = (part[t] as number) + (term[t] as number) / halves.length;
    }
  });
  if (model.mediatorStage && mediatorName !== null) {
    for (const channel of model.roles.social) {
      const zero = { [channel]: new Float64Array(periods) };
      const run = counterfactualOutcome(model, columns, zero, [channel]);
      const part = indirect[channel] as Float64Array;
      for (let t = 0; t < periods; t++) {
        part[t] = (evaluation.linear[t] as number) - (run.linear[t] as number);
        mediator[t] = (mediator[t] as number) - (part[t] as number);
      }
    }
  }
  const multiplicative = stage.targetTransform === "log1p";
  if (multiplicative) {
    const factors = evaluation.linear.map(revenuePerLinearUnit);
    const scale = (series: Float64Array) => {
      for (let t = 0; t < periods; t++) series[t] = (series[t] as number) * (factors[t] as number);
    };
    [
      baseline,
      mediator,
      ...Object.values(controls),
      ...Object.values(direct),
      ...Object.values(indirect),
    ].forEach(scale);
  }
  return {
    baseline,
    controls,
    direct,
    indirect,
    mediator,
    fitted: evaluation.prediction,
    attribution: multiplicative ? MULTIPLICATIVE_ATTRIBUTION : ADDITIVE_ATTRIBUTION,
  };
}
