import { evaluateStage } from "../model/_internal/evaluateStage";
import { revenuePerLinearUnit } from "../model/revenuePerLinearUnit";
import type {
  ContributionReference,
  Contributions,
  FeatureSpec,
  FittedModel,
} from "../model/types";
import type { ColumnName, Series } from "../types";
import { validateContributionBase } from "../model/validateContributionBase";
import { counterfactualOutcome } from "../model/counterfactualOutcome";

/** How the multiplicative form's contributions are split (reported with the result). */
export const MULTIPLICATIVE_ATTRIBUTION =
  "Multiplicative form: the base is the revenue predicted with every driver at its reference; the rest of each " +
  "week's fitted revenue is split across drivers in proportion to how far each moves the log-scale predictor from " +
  "its reference, so base + parts = fitted revenue every week.";

/** Additive form's attribution in words. */
export const ADDITIVE_ATTRIBUTION =
  "Additive form: each driver's part is its term less the term at its reference; base + parts = fitted revenue.";

/** Options of `decomposeContributions`. */
export interface DecomposeContributionsOptions {
  /**
   * Reference value per control column, in its units (e.g. `{ average_price: 99 }`).
   * @defaultValue `{}`: every control against its mean over `referenceWeeks`
   */
  readonly contributionBase?: Readonly<Record<ColumnName, number>>;
  /**
   * Rows (0-based) whose means are the "mean" references: the weeks the model was fitted on.
   * @defaultValue every week of `columns`
   */
  readonly referenceWeeks?: readonly number[];
}

const meanOver = (values: ArrayLike<number>, rows: readonly number[]): number =>
  rows.reduce((sum, t) => sum + (values[t] as number), 0) / rows.length;

/**
 * Splits the fitted outcome of every week into a base and one part per driver, each driver measured against a
 * stated reference, so that base + trend + seasonality + Σ controls + Σ channels (direct and via mediator) +
 * mediator's own part = fitted revenue, exactly, in every week (and so over any sum of weeks).
 *
 * References (reported per driver in `references`):
 * - controls (price, promotions, …): their mean over the fitted weeks, or the user's `contributionBase`: a price
 *   part then says what the price, away from its usual level, added or took away that week. Every feature built from
 *   the column (log, lags, price cut-off) is evaluated at that constant value.
 * - media (social channels and the mediator): zero spend, so a part is what the spend added.
 * - trend and seasonality: the mean of their term over the fitted weeks. Zero would be arbitrary (the trend's zero
 *   is the first week; a Fourier term's zero is no point of the year); the mean makes seasonality a swing around the
 *   base that sums to ~0 over whole years, and the trend a drift around mid-data, so the base is a typical week.
 * The base (intercept + every driver at its reference) is the same number every week.
 *
 * Additive form: a part is the driver's term less its term at the reference; an interaction's change is shared half
 * and half between its two columns. Summed over weeks these agree with `counterfactualEffects` (indirect exactly,
 * direct too without interactions, mediator own + Σ via-mediator = the mediator's total effect), since both switch
 * the same spend to zero.
 *
 * Multiplicative form (log1p revenue): parts do not add by nature. Base = expm1(lp₀) with lp₀ the log-scale
 * predictor at the references; driver d moved it by Δ_d, and gets Δ_d × e^lp₀ × expm1(ΣΔ)/ΣΔ: the gap between
 * fitted revenue and the base in proportion to the log-scale moves (exact, order-free, and close to the marginal
 * effect e^lp₀·Δ_d when moves are small). These sums differ from `counterfactualEffects`, which removes one channel
 * at a time from the full prediction: the interaction between drivers is spread here, not left out.
 * A channel's via-mediator part is the log-predictor's drop when stage 1 re-predicts the mediator with the channel
 * at zero (channel kept in its direct path); the mediator's own part is the rest of its term; direct + via mediator
 * is the channel's whole contribution.
 *
 * @param model - fitted model
 * @param columns - input columns with stage 2's mediator input in the mediator column, each `[periods]`
 * @param options - user references and the fitted weeks (see `DecomposeContributionsOptions`)
 * @returns weekly contributions, each `[periods]`, and the reference of every driver
 * @throws {InvalidParameterError} when `contributionBase` names a non-control or a non-positive logged value
 * @example
 * decomposeContributions(model, dataset.columns, { contributionBase: { average_price: 99 } }).base[0]; // => 41250.3
 * @see Zhang & Vaver (2017), Introduction to the Aggregate Marketing System Simulator (decomposition of effects).
 */
export function decomposeContributions(
  model: FittedModel,
  columns: Readonly<Record<string, Series>>,
  options: DecomposeContributionsOptions = {}
): Contributions {
  const stage = model.outcomeStage;
  const evaluation = evaluateStage(stage, columns);
  const periods = evaluation.linear.length;
  const rows = options.referenceWeeks ?? Array.from({ length: periods }, (_, t) => t);
  const userBase = options.contributionBase ?? {};
  const mediatorName = model.roles.mediator;
  const media = new Set([...model.roles.social, ...(mediatorName === null ? [] : [mediatorName])]);
  const controlFeatures = stage.features.filter(
    (f): f is Extract<FeatureSpec, { kind: "control" }> =>
      f.kind === "control" && !media.has(f.column)
  );
  const controlColumns = [...new Set(controlFeatures.map((f) => f.column))];
  const logged = controlFeatures.filter((f) => f.transform === "log").map((f) => f.column);
  validateContributionBase(userBase, model.roles.controls, logged);

  const references: ContributionReference[] = [];
  const referenceColumns: Record<string, Series> = { ...columns };
  const controlReferences = controlColumns.map((column): ContributionReference => {
    const given = userBase[column];
    const value = given ?? meanOver(columns[column] as Series, rows);
    referenceColumns[column] = new Float64Array(periods).fill(value);
    return { driver: column, kind: given === undefined ? "mean" : "user", value };
  });
  for (const column of media) referenceColumns[column] = new Float64Array(periods);
  const atReference = evaluateStage(stage, referenceColumns);

  const base = new Float64Array(periods).fill(stage.intercept);
  const trend = new Float64Array(periods);
  const seasonality = new Float64Array(periods);
  const controls: Record<string, Float64Array> = {};
  for (const column of controlColumns) controls[column] = new Float64Array(periods);
  const direct: Record<string, Float64Array> = {};
  const indirect: Record<string, Float64Array> = {};
  for (const channel of model.roles.social) {
    direct[channel] = new Float64Array(periods);
    indirect[channel] = new Float64Array(periods);
  }
  const mediator = new Float64Array(periods);
  const byName = new Map(stage.features.map((feature) => [feature.name, feature]));
  const target = (feature: FeatureSpec | undefined): Float64Array => {
    if (!feature || feature.kind === "interaction") return base;
    if (feature.kind === "trend") return trend;
    if (feature.kind === "fourier") return seasonality;
    if (feature.column === mediatorName) return mediator;
    if (media.has(feature.column)) return direct[feature.column] as Float64Array;
    return (controls[feature.column] ??= new Float64Array(periods));
  };
  const termMeans = { trend: 0, seasonality: 0 };
  stage.features.forEach((feature, j) => {
    const term = evaluation.terms[j] as Float64Array;
    const positional = feature.kind === "trend" || feature.kind === "fourier";
    const mean = positional ? meanOver(term, rows) : 0;
    if (feature.kind === "trend") termMeans.trend += mean;
    if (feature.kind === "fourier") termMeans.seasonality += mean;
    const reference = atReference.terms[j] as Float64Array;
    const halves =
      feature.kind === "interaction"
        ? [target(byName.get(feature.left)), target(byName.get(feature.right))]
        : [target(feature)];
    for (let t = 0; t < periods; t++) {
      const level = positional ? mean : (reference[t] as number);
      base[t] = (base[t] as number) + level;
      const change = ((term[t] as number) - level) / halves.length;
      for (const part of halves) part[t] = (part[t] as number) + change;
    }
  });
  if (stage.features.some((f) => f.kind === "trend"))
    references.push({ driver: "trend", kind: "mean", value: termMeans.trend });
  if (stage.features.some((f) => f.kind === "fourier"))
    references.push({ driver: "seasonality", kind: "mean", value: termMeans.seasonality });
  references.push(...controlReferences);
  for (const column of media) references.push({ driver: column, kind: "zero", value: 0 });

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
  const parts = [
    trend,
    seasonality,
    mediator,
    ...Object.values(controls),
    ...Object.values(direct),
    ...Object.values(indirect),
  ];
  const multiplicative = stage.targetTransform === "log1p";
  if (multiplicative) {
    for (let t = 0; t < periods; t++) {
      const moved = parts.reduce((sum, part) => sum + (part[t] as number), 0);
      const factor = Math.exp(base[t] as number) * revenuePerLinearUnit(moved);
      for (const part of parts) part[t] = (part[t] as number) * factor;
      base[t] = Math.expm1(base[t] as number);
    }
  }
  return {
    base,
    trend,
    seasonality,
    controls,
    direct,
    indirect,
    mediator,
    fitted: evaluation.prediction,
    references,
    attribution: multiplicative ? MULTIPLICATIVE_ATTRIBUTION : ADDITIVE_ATTRIBUTION,
  };
}
