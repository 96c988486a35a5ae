import { InvalidParameterError } from "../errors";
import type { Series } from "../types";
import { evaluateStage } from "./_internal/evaluateStage";
import { revenuePerLinearUnit } from "./revenuePerLinearUnit";
import type { FeatureSpec, FittedModel, PredictOptions, Prediction, Scenario } from "./types";

/**
 * Predicts revenue (and the mediator) for a scenario of weekly inputs with a fitted model.
 *
 * With `history: "stored"` (default) the scenario's weeks follow the model's last observed week: the model's
 * stored last weeks of every input are put in front, so adstock and lags carry over, and trend and seasonality
 * continue. With `history: "none"` the scenario's first week is the data's first week (no carry-over): feeding the
 * observed columns then reproduces the fitted series. Missing controls are held at their last observed value;
 * missing social channels are 0; a missing mediator (or the predicted variant) takes stage 1's prediction.
 * The parts add up: revenue = baseline (intercept, trend, seasonality, controls) + direct (social) + mediated
 * (the mediator's whole term); the multiplicative form splits by each term's share of the log-scale predictor.
 *
 * @param model - fitted model (`result.model` or `parseModel(...)`)
 * @param scenario - `columns` by name, each `[periods]`, and `periods`
 * @param options - `history`: "stored" (default) or "none"
 * @returns revenue, mediator, baseline, direct and mediated parts, each `[periods]`
 * @throws {InvalidParameterError} when periods is not a whole number ≥ 1 or a column's length differs from it
 * @example
 * predictModel(model, { columns: { tiktok_spend: [5000, 5000] }, periods: 2 }).revenue; // => Float64Array [...]
 * @see Jin et al. (2017) on carry-over of adstock into future weeks.
 */
export function predictModel(
  model: FittedModel,
  scenario: Scenario,
  options: PredictOptions = {}
): Prediction {
  const periods = scenario.periods;
  if (!(Number.isInteger(periods) && periods >= 1)) {
    throw new InvalidParameterError(
      "periods",
      `periods must be a whole number of weeks, 1 or more (got ${periods}).`
    );
  }
  for (const [name, values] of Object.entries(scenario.columns)) {
    if (values.length !== periods) {
      throw new InvalidParameterError(
        "columns",
        `Column '${name}' has ${values.length} values; the scenario has ${periods} weeks.`
      );
    }
  }
  const { roles } = model;
  const stored = (options.history ?? "stored") === "stored";
  const historyLength = stored
    ? Math.min(...Object.values(model.history).map((values) => values.length), model.data.weeks)
    : 0;
  const offset = stored ? model.data.weeks - historyLength : 0;
  const columns: Record<string, Series> = {};
  const join = (name: string, fallback: number): Series => {
    const out = new Float64Array(historyLength + periods);
    const past = model.history[name] ?? [];
    for (let t = 0; t < historyLength; t++)
      out[t] = past[past.length - historyLength + t] ?? fallback;
    const given = scenario.columns[name];
    for (let t = 0; t < periods; t++)
      out[historyLength + t] = given ? (given[t] as number) : fallback;
    return out;
  };
  for (const name of roles.social) columns[name] = join(name, 0);
  for (const name of roles.controls) columns[name] = join(name, model.lastControls[name] ?? 0);
  const context = { offset };
  const mediatorName = roles.mediator;
  let mediator = new Float64Array(historyLength + periods);
  if (mediatorName !== null && model.mediatorStage) {
    const predicted = evaluateStage(model.mediatorStage, columns, context).prediction;
    const observed = join(mediatorName, 0);
    const useObserved = model.variant === "observed";
    mediator = predicted.map((value, t) =>
      useObserved && (t < historyLength || mediatorName in scenario.columns)
        ? (observed[t] as number)
        : value
    );
    columns[mediatorName] = mediator;
  }
  const evaluation = evaluateStage(model.outcomeStage, columns, context);
  const parts = splitTerms(model, evaluation.terms, evaluation.linear, historyLength);
  return {
    revenue: evaluation.prediction.slice(historyLength),
    mediator: mediator.slice(historyLength),
    ...parts,
  };
}

function splitTerms(
  model: FittedModel,
  terms: readonly Float64Array[],
  linear: Float64Array,
  skip: number
): { baseline: Float64Array; direct: Float64Array; mediated: Float64Array } {
  const periods = linear.length - skip;
  const baseline = new Float64Array(periods).fill(model.outcomeStage.intercept);
  const direct = new Float64Array(periods);
  const mediated = new Float64Array(periods);
  const features = model.outcomeStage.features;
  const byName = new Map(features.map((feature) => [feature.name, feature]));
  const target = (feature: FeatureSpec | undefined): Float64Array => {
    if (feature && (feature.kind === "media" || feature.kind === "onOff")) {
      return feature.column === model.roles.mediator ? mediated : direct;
    }
    return baseline;
  };
  features.forEach((feature, j) => {
    const term = terms[j] as Float64Array;
    const targets =
      feature.kind === "interaction"
        ? [target(byName.get(feature.left)), target(byName.get(feature.right))]
        : [target(feature)];
    for (const part of targets) {
      for (let t = 0; t < periods; t++)
        part[t] = (part[t] as number) + (term[skip + t] as number) / targets.length;
    }
  });
  if (model.outcomeStage.targetTransform === "log1p") {
    for (let t = 0; t < periods; t++) {
      const factor = revenuePerLinearUnit(linear[skip + t] as number);
      baseline[t] = (baseline[t] as number) * factor;
      direct[t] = (direct[t] as number) * factor;
      mediated[t] = (mediated[t] as number) * factor;
    }
  }
  return { baseline, direct, mediated };
}
