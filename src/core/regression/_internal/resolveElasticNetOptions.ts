import { InvalidParameterError } from "../../errors";
import {
  DEFAULT_ELASTIC_NET_TOLERANCE,
  DEFAULT_L1_RATIO,
  DEFAULT_MAX_ITERATIONS,
} from "../constants";
import type { ElasticNetSolverOptions } from "../elasticNetSolverOptions";

/** The options after defaults and checks, as the kernels use them. */
export interface ResolvedElasticNetOptions {
  readonly alpha: number;
  readonly l1Ratio: number;
  readonly nonNegative: Uint8Array;
  readonly maxIterations: number;
  readonly tolerance: number;
}

/**
 * Applies defaults and checks ranges of the elastic-net options for a design with `columns` features.
 *
 * @throws {InvalidParameterError} for a negative or non-finite alpha, l1Ratio outside [0, 1], a maxIterations that is
 * not a whole number ≥ 1, a tolerance that is not > 0, or per-column arrays of the wrong length
 */
export function resolveElasticNetOptions(
  options: ElasticNetSolverOptions,
  columns: number
): ResolvedElasticNetOptions {
  const { alpha } = options;
  const l1Ratio = options.l1Ratio ?? DEFAULT_L1_RATIO;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const tolerance = options.tolerance ?? DEFAULT_ELASTIC_NET_TOLERANCE;
  if (!(alpha >= 0 && Number.isFinite(alpha))) {
    throw new InvalidParameterError(
      "alpha",
      `alpha must be a finite number, 0 or more (got ${alpha}).`
    );
  }
  if (!(l1Ratio >= 0 && l1Ratio <= 1)) {
    throw new InvalidParameterError("l1Ratio", `l1Ratio must be between 0 and 1 (got ${l1Ratio}).`);
  }
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    throw new InvalidParameterError(
      "maxIterations",
      `maxIterations must be a whole number, 1 or more (got ${maxIterations}).`
    );
  }
  if (!(tolerance > 0 && Number.isFinite(tolerance))) {
    throw new InvalidParameterError(
      "tolerance",
      `tolerance must be a finite number above 0 (got ${tolerance}).`
    );
  }
  const flags = options.nonNegative ?? false;
  const nonNegative = new Uint8Array(columns);
  if (typeof flags === "boolean") {
    nonNegative.fill(flags ? 1 : 0);
  } else {
    if (flags.length !== columns) {
      throw new InvalidParameterError(
        "nonNegative",
        `nonNegative has ${flags.length} flags but there are ${columns} columns; give one per column.`
      );
    }
    flags.forEach((flag, j) => (nonNegative[j] = flag ? 1 : 0));
  }
  const initial = options.initialCoefficients;
  if (initial !== undefined) {
    if (initial.length !== columns) {
      throw new InvalidParameterError(
        "initialCoefficients",
        `initialCoefficients has ${initial.length} values but there are ${columns} columns; give one per column.`
      );
    }
    for (let j = 0; j < columns; j++) {
      if (!Number.isFinite(initial[j])) {
        throw new InvalidParameterError(
          "initialCoefficients",
          `initialCoefficients has ${String(initial[j])} at position ${j + 1}; every value must be a finite number.`
        );
      }
    }
  }
  return { alpha, l1Ratio, nonNegative, maxIterations, tolerance };
}
