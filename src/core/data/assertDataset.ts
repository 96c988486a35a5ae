import { DataValidationError } from "../errors";
import type { Dataset } from "../types";
import { toDataset } from "./toDataset";
import type { ToDatasetOptions } from "./types";

/**
 * Like {@link toDataset}, for callers that prefer a throw: returns the dataset or throws every problem at once.
 *
 * @param grid - cell values as Excel hands them, `[rows][columns]`, header row included
 * @param options - as for {@link toDataset}
 * @returns the validated weekly dataset (warnings are dropped; use `toDataset` to show them)
 * @throws {DataValidationError} with `issues` listing every problem, when the table cannot be used
 * @throws {InvalidParameterError} for malformed options
 * @example
 * assertDataset([["week", "revenue"]]).weeks;
 * // => throws DataValidationError (no spend column, too few weeks)
 * @see toDataset
 */
export function assertDataset(
  grid: readonly (readonly unknown[])[],
  options?: ToDatasetOptions
): Dataset {
  const result = toDataset(grid, options);
  if (!result.ok) throw new DataValidationError(result.issues);
  return result.dataset;
}
