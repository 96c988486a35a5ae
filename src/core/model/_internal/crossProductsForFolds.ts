import type { Series } from "../../types";
import { crossProducts, emptyCrossProducts, type CrossProducts } from "./crossProducts";
import { fillNestedColumn, nestedOrder } from "./replaceColumnInFolds";

/**
 * Cross-products of the same design over several row sets (CV folds). When the row sets are prefixes of one
 * another (expanding time-series CV), one pass over the longest serves all, with every sum added in the same order
 * as `crossProducts` per fold: the results are identical, at the cost of the longest fold alone.
 *
 * @param columns - design columns, each `[periods]`
 * @param y - target, `[periods]`
 * @param rowSets - each fold's rows
 * @returns one CrossProducts per row set, in the given order
 * @example
 * crossProductsForFolds(design, y, folds.map((fold) => fold.train)); // => [products of fold 0, …]
 */
export function crossProductsForFolds(
  columns: readonly Series[],
  y: Series,
  rowSets: readonly (readonly number[])[]
): CrossProducts[] {
  const p = columns.length;
  const products = rowSets.map((rows) => emptyCrossProducts(columns, y, rows));
  const order = nestedOrder(products);
  if (!order || order.length < 2) return rowSets.map((rows) => crossProducts(columns, y, rows));
  for (let j = 0; j < p; j++) fillNestedColumn(order, j, j + 1);
  return products;
}
