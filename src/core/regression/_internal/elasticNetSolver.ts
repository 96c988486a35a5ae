import type { SeriesLike } from "../../types";
import type { DesignInput } from "../designInput";
import type { ElasticNetFit, FitElasticNetOptions } from "../fitElasticNet";
import { backTransform, centerAndScale, type PreparedProblem } from "./centerAndScale";
import { coordinateDescent } from "./coordinateDescent";
import { fitStatistics } from "./fitStatistics";
import { readDesign, readOutcome, type ColumnMajorDesign } from "./readDesign";
import {
  resolveElasticNetOptions,
  type ResolvedElasticNetOptions,
} from "./resolveElasticNetOptions";

/** Everything that does not depend on α, computed once per design (shared by a fit and a path). */
export interface PreparedElasticNet {
  readonly design: ColumnMajorDesign;
  readonly y: Float64Array;
  readonly prepared: PreparedProblem;
  readonly settings: ResolvedElasticNetOptions;
}

/** Reads, checks, centres and scales once; `alpha` in the options is checked only when given. */
export function prepareElasticNet(
  X: DesignInput,
  y: SeriesLike,
  options: Omit<FitElasticNetOptions, "alpha"> & { readonly alpha?: number }
): PreparedElasticNet {
  const design = readDesign(X);
  const outcome = readOutcome(y, design.rows);
  const settings = resolveElasticNetOptions(
    { ...options, alpha: options.alpha ?? 0 },
    design.columns
  );
  const prepared = centerAndScale(design, outcome, {
    intercept: options.intercept ?? true,
    standardize: options.standardize ?? false,
  });
  return { design, y: outcome, prepared, settings };
}

/**
 * Solves one α on prepared data, starting from `start` given on the ORIGINAL column scale (multiplied by the column
 * scales here), and reports the fit on the original scale.
 */
export function solveElasticNet(
  problem: PreparedElasticNet,
  alpha: number,
  start: ArrayLike<number> | undefined
): ElasticNetFit {
  const { prepared, settings } = problem;
  const { rows, columns } = prepared;
  const scaledStart = new Float64Array(columns);
  if (start !== undefined) {
    for (let j = 0; j < columns; j++)
      scaledStart[j] = (start[j] as number) * (prepared.scales[j] as number);
  }
  const result = coordinateDescent(
    {
      rows,
      columns,
      data: prepared.data,
      y: prepared.y,
      l1: alpha * settings.l1Ratio * rows,
      l2: alpha * (1 - settings.l1Ratio) * rows,
      nonNegative: settings.nonNegative,
      maxIterations: settings.maxIterations,
      tolerance: settings.tolerance,
    },
    scaledStart
  );
  const { intercept, coefficients } = backTransform(prepared, result.coefficients);
  const statistics = fitStatistics(problem.design, problem.y, intercept, coefficients);
  return {
    intercept,
    coefficients,
    alpha,
    l1Ratio: settings.l1Ratio,
    iterations: result.iterations,
    converged: result.converged,
    dualityGap: result.dualityGap / rows,
    ...statistics,
  };
}
