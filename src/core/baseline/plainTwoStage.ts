import { InvalidParameterError } from "../errors";
import { fitElasticNet, type ElasticNetFit } from "../regression/fitElasticNet";
import { geometricAdstock } from "../transforms/adstock/geometricAdstock";
import type { ColumnName, Dataset, Series } from "../types";
import {
  PLAIN_ALPHA,
  PLAIN_DECAY,
  PLAIN_L1_RATIO,
  PLAIN_MAX_ITERATIONS,
  PLAIN_TOLERANCE,
} from "./constants";

/** Options of {@link plainTwoStage}; every field optional. */
export interface PlainTwoStageOptions {
  /** Geometric decay of every social channel (recursive, unnormalised adstock). @defaultValue 0.5 (PLAIN_DECAY) */
  readonly decay?: number;
  /** Elastic-net α of both stages (scikit-learn `alpha`). @defaultValue 1 (PLAIN_ALPHA) */
  readonly alpha?: number;
  /** Elastic-net ρ of both stages (scikit-learn `l1_ratio`). @defaultValue 0.5 (PLAIN_L1_RATIO) */
  readonly l1Ratio?: number;
  /** Put the control columns in stage 2. @defaultValue true */
  readonly controls?: boolean;
  /** Solver tolerance (scikit-learn `tol`). @defaultValue 1e-4 (PLAIN_TOLERANCE) */
  readonly tolerance?: number;
  /** Most coordinate-descent sweeps (scikit-learn `max_iter`). @defaultValue 1000 (PLAIN_MAX_ITERATIONS) */
  readonly maxIterations?: number;
}

/** Effect of one social channel by coefficient products (sums over all weeks, revenue units). */
export interface PlainChannelEffect {
  readonly channel: ColumnName;
  /** Σ weekly spend. */
  readonly spend: number;
  /** a_c · b_g · Σ_t adstock(x_c)_t. */
  readonly indirect: number;
  /** b_c · Σ_t adstock(x_c)_t. */
  readonly direct: number;
  /** direct + indirect. */
  readonly total: number;
  /** indirect / total (unbounded: coefficients may be negative); null when total is 0. */
  readonly shareMediated: number | null;
  /** total / spend; null without spend. */
  readonly roas: number | null;
}

/** What {@link plainTwoStage} returns. */
export interface PlainTwoStageResult {
  /** Stage 1: mediator ~ adstocked social (null without a mediator). Coefficients in social column order. */
  readonly mediatorFit: ElasticNetFit | null;
  /** Stage 2: outcome ~ [predicted mediator] + adstocked social + controls, in that column order. */
  readonly outcomeFit: ElasticNetFit;
  /** Feature names of stage 2 in coefficient order. */
  readonly outcomeFeatures: readonly string[];
  readonly channels: readonly PlainChannelEffect[];
}

/**
 * The "plain approach" to a mediated MMM that public notebooks take, kept as the accuracy benchmark's comparison:
 * every social channel adstocked with one fixed decay and no saturation; stage 1 regresses the mediator on them;
 * stage 2 regresses the outcome on stage 1's in-sample prediction, the adstocked social channels and the raw
 * controls; both with scikit-learn's `ElasticNet()` defaults on standardised features (α = 1, ρ = 0.5, no
 * sign constraints, no trend or seasonality, no holdout). Effects are coefficient products:
 * indirect_c = a_c·b_g·Σ adstock(x_c), direct_c = b_c·Σ adstock(x_c), total = direct + indirect.
 *
 * Its known flaw, kept on purpose: the in-sample prediction of stage 1 is an exact linear combination of the
 * adstocked social columns that sit beside it in stage 2, so the split between direct and mediated effects is
 * fixed by the penalty alone, not by the data; and a fixed decay without saturation misstates every total.
 *
 * @param dataset - validated weekly data; `roles.mediator` null gives a single stage (indirect 0)
 * @param options - decay, alpha, l1Ratio, controls, tolerance (see {@link PlainTwoStageOptions})
 * @returns both stages' fits and each social channel's effects
 * @throws {InvalidParameterError} when the data have no social channel or an option is out of range
 * @example
 * const plain = plainTwoStage(dataset);
 * plain.channels[0].roas; // => 3.4
 * @see Baron & Kenny (1986), The moderator–mediator variable distinction (product-of-coefficients mediation);
 *   scikit-learn `sklearn.linear_model.ElasticNet` and `sklearn.preprocessing.StandardScaler`.
 */
export function plainTwoStage(
  dataset: Dataset,
  options: PlainTwoStageOptions = {}
): PlainTwoStageResult {
  const { roles, columns } = dataset;
  if (roles.social.length === 0) {
    throw new InvalidParameterError("roles", "The plain model needs at least one social channel.");
  }
  const decay = options.decay ?? PLAIN_DECAY;
  const solver = {
    alpha: options.alpha ?? PLAIN_ALPHA,
    l1Ratio: options.l1Ratio ?? PLAIN_L1_RATIO,
    tolerance: options.tolerance ?? PLAIN_TOLERANCE,
    maxIterations: options.maxIterations ?? PLAIN_MAX_ITERATIONS,
    standardize: true,
    intercept: true,
  };
  const column = (name: ColumnName): Series => {
    const values = columns[name];
    if (!values) throw new InvalidParameterError("roles", `Column '${name}' is missing.`);
    return values;
  };
  const adstocked = roles.social.map((name) => geometricAdstock(column(name), { decay }));
  const n = dataset.weeks.length;
  const rowsOf = (features: readonly Series[]): number[][] =>
    Array.from({ length: n }, (_, t) => features.map((feature) => feature[t] as number));

  const mediatorFit = roles.mediator
    ? fitElasticNet(rowsOf(adstocked), column(roles.mediator), solver)
    : null;
  const controls = options.controls === false ? [] : roles.controls;
  const outcomeFeatures = [
    ...(mediatorFit && roles.mediator ? [roles.mediator] : []),
    ...roles.social,
    ...controls,
  ];
  const outcomeColumns = [
    ...(mediatorFit ? [mediatorFit.fitted] : []),
    ...adstocked,
    ...controls.map(column),
  ];
  const outcomeFit = fitElasticNet(rowsOf(outcomeColumns), column(roles.outcome), solver);
  const mediatorCoefficient = mediatorFit ? (outcomeFit.coefficients[0] as number) : 0;
  const firstSocial = mediatorFit ? 1 : 0;

  const channels = roles.social.map((channel, c): PlainChannelEffect => {
    const carried = sum(adstocked[c] as Series);
    const spend = sum(column(channel));
    const a = mediatorFit ? (mediatorFit.coefficients[c] as number) : 0;
    const direct = (outcomeFit.coefficients[firstSocial + c] as number) * carried;
    const indirect = a * mediatorCoefficient * carried;
    const total = direct + indirect;
    return {
      channel,
      spend,
      indirect,
      direct,
      total,
      shareMediated: total !== 0 ? indirect / total : null,
      roas: spend > 0 ? total / spend : null,
    };
  });
  return { mediatorFit, outcomeFit, outcomeFeatures, channels };
}

function sum(values: Series): number {
  let total = 0;
  for (let t = 0; t < values.length; t++) total += values[t] as number;
  return total;
}
