import type { SeriesLike } from "../../types";
import type { DesignInput } from "../designInput";
import type { ElasticNetFit, FitElasticNetOptions } from "../fitElasticNet";
import { backTransform, centerAndScale, type PreparedProblem } from "./centerAndScale";
import { gramCoordinateDescent } from "./gramCoordinateDescent";
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
  /** X'X (row-major), X'y and ‖y‖² of the prepared columns: the sufficient statistics the kernel runs on. */
  readonly gram: Float64Array;
  readonly xty: Float64Array;
  readonly outcomeSumOfSquares: number;
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
  return { design, y: outcome, prepared, settings, ...sufficientStatistics(prepared) };
}

/**
 * X'X, X'y and ‖y‖² of the prepared (centred, scaled) columns, summed once per design so that every α of a path
 * runs the O(p²)-per-sweep Gram kernel, as scikit-learn does with `precompute` when n > p.
 */
function sufficientStatistics(
  prepared: PreparedProblem
): Pick<PreparedElasticNet, "gram" | "xty" | "outcomeSumOfSquares"> {
  const { rows, columns, data, y } = prepared;
  const gram = new Float64Array(columns * columns);
  const xty = new Float64Array(columns);
  let outcomeSumOfSquares = 0;
  for (let i = 0; i < rows; i++) outcomeSumOfSquares += (y[i] as number) ** 2;
  for (let j = 0; j < columns; j++) {
    const offsetJ = j * rows;
    let dot = 0;
    for (let i = 0; i < rows; i++) dot += (data[offsetJ + i] as number) * (y[i] as number);
    xty[j] = dot;
    for (let k = 0; k <= j; k++) {
      const offsetK = k * rows;
      let cross = 0;
      for (let i = 0; i < rows; i++)
        cross += (data[offsetJ + i] as number) * (data[offsetK + i] as number);
      gram[j * columns + k] = cross;
      gram[k * columns + j] = cross;
    }
  }
  return { gram, xty, outcomeSumOfSquares };
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
  // An all-zero column cannot change the fit, so its penalised optimum is 0 whatever the warm start said.
  for (let j = 0; j < columns; j++)
    if (!((problem.gram[j * columns + j] as number) > 0)) scaledStart[j] = 0;
  const result = gramCoordinateDescent(
    {
      gram: problem.gram,
      xty: problem.xty,
      l1: alpha * settings.l1Ratio * rows,
      l2: alpha * (1 - settings.l1Ratio) * rows,
      nonNegative: settings.nonNegative,
      maxIterations: settings.maxIterations,
      stopping: {
        kind: "dualityGap",
        tolerance: settings.tolerance,
        outcomeSumOfSquares: problem.outcomeSumOfSquares,
      },
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
