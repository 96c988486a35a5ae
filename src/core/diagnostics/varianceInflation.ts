import { InvalidParameterError } from "../errors";
import { centredRSquared, isConstantColumn } from "./_internal/centredRSquared";
import { designColumns, type DesignMatrix } from "./_internal/designColumns";

/** Variance inflation factor of one feature. */
export interface VarianceInflation {
  /** Feature name as passed. */
  readonly name: string;
  /**
   * 1 / (1 − R²_j), R²_j from regressing the feature on a constant and all other features. 1 = unrelated to the
   * others; Infinity = an exact linear combination of them; NaN for a constant column (it has no VIF).
   */
  readonly vif: number;
}

/**
 * Variance inflation factor (VIF) of each feature: how much its coefficient's variance is inflated because it
 * moves together with the other features.
 *
 * For feature j, regress it on a constant plus every other feature and take 1 / (1 − R²_j). This is statsmodels'
 * `variance_inflation_factor(add_constant(X), j + 1)`: the auxiliary regressions always include a constant (without
 * one, statsmodels would use an uncentred R² and report large VIFs for any feature with a big mean). Constant
 * columns (e.g. an explicit intercept) get NaN and are left out of the other features' regressions.
 * O(p · n · p²).
 *
 * @param X - design matrix without intercept: `[periods][features]`, at least 2 rows
 * @param names - one name per column of X: `[features]`
 * @returns one `{ name, vif }` per feature, in column order
 * @throws {InvalidParameterError} when names and columns differ in number, rows have different lengths, or a value
 *   is not finite
 * @example
 * varianceInflation([[1, 2], [2, 1], [3, 4], [4, 3]], ["a", "b"]).map((v) => v.vif); // => [1.5625, 1.5625]
 * @see https://en.wikipedia.org/wiki/Variance_inflation_factor ; Kutner et al. (2004), Applied Linear Statistical Models §10.5.
 */
export function varianceInflation(
  X: DesignMatrix,
  names: readonly string[]
): readonly VarianceInflation[] {
  const columns = designColumns(X);
  if (columns.length !== names.length) {
    throw new InvalidParameterError(
      "names",
      `There are ${names.length} feature names for ${columns.length} columns; give one name per column.`
    );
  }
  if (columns.length > 0 && (columns[0] as Float64Array).length < 2) {
    throw new InvalidParameterError("X", "Variance inflation factors need at least 2 rows.");
  }
  const constant = columns.map(isConstantColumn);
  return names.map((name, j) => {
    if (constant[j]) return { name, vif: Number.NaN };
    const others = columns.filter((_, k) => k !== j && !constant[k]);
    const r2 = centredRSquared(columns[j] as Float64Array, others);
    return { name, vif: r2 >= 1 ? Number.POSITIVE_INFINITY : 1 / (1 - r2) };
  });
}
