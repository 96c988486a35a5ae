import type { Series } from "../../types";
import { replaceColumn, type CrossProducts } from "./crossProducts";

/** Products whose rows nest as prefixes of the longest one's rows, shortest first; null when they do not. */
const nestings = new WeakMap<readonly CrossProducts[], readonly CrossProducts[] | null>();

/** `products` shortest first when their rows nest as prefixes of the longest one's (and share y), else null. */
export function nestedOrder(products: readonly CrossProducts[]): readonly CrossProducts[] | null {
  const known = nestings.get(products);
  if (known !== undefined) return known;
  const order = [...products].sort((a, b) => a.rows.length - b.rows.length);
  const longest = order[order.length - 1];
  let nested = longest !== undefined;
  for (const product of order) {
    if (!longest || product.y !== longest.y) nested = false;
    for (let i = 0; nested && i < product.rows.length; i++)
      if (product.rows[i] !== longest?.rows[i]) nested = false;
  }
  const result = nested ? order : null;
  nestings.set(products, result);
  return result;
}

/**
 * Replaces column j in every fold's cross-products. When the folds' rows are prefixes of one another (expanding
 * time-series CV), one pass over the longest fold's rows serves all: each fold takes the running sums at its own
 * length, so every sum is added in the same order as `replaceColumn` alone and the results are identical.
 *
 * O(rows · p) for all folds together instead of per fold. `products` must keep the same array (and the same
 * columns in every fold) for the lifetime of a search; the nesting is checked once per array.
 *
 * @param products - the folds' cross-products (mutated)
 * @param j - the column's index
 * @param column - the new column, `[periods]`
 * @example
 * replaceColumnInFolds(products, 4, level); // every fold's X'X row/column 4 now uses `level`
 */
export function replaceColumnInFolds(
  products: readonly CrossProducts[],
  j: number,
  column: Series
): void {
  const order = nestedOrder(products);
  if (!order || order.length < 2) {
    for (const product of products) replaceColumn(product, j, column);
    return;
  }
  for (const product of order) product.columns[j] = column;
  fillNestedColumn(order, j, (order[0] as CrossProducts).columns.length);
}

/**
 * Fills column j's sums and cross-products with columns [0, upTo) in every fold of `order` (nested prefixes,
 * shortest first) in one pass over the longest fold's rows; each fold gets the running sums at its own length.
 *
 * @param order - folds whose rows are prefixes of the last one's, shortest first (mutated)
 * @param j - the column's index
 * @param upTo - columns k < upTo are paired with j
 */
export function fillNestedColumn(order: readonly CrossProducts[], j: number, upTo: number): void {
  const longest = order[order.length - 1] as CrossProducts;
  const { rows, columns, y } = longest;
  const column = columns[j] as Series;
  const p = columns.length;
  const folds = order.length;
  const ends = order.map((product) => product.rows.length);
  let sum = 0;
  let sumY = 0;
  let start = 0;
  for (let f = 0; f < folds; f++) {
    const end = ends[f] as number;
    for (let i = start; i < end; i++) {
      const row = rows[i] as number;
      sum += column[row] as number;
      sumY += (column[row] as number) * (y[row] as number);
    }
    const product = order[f] as CrossProducts;
    product.sums[j] = sum;
    product.crossY[j] = sumY;
    start = end;
  }
  for (let k = 0; k < upTo; k++) {
    const other = columns[k] as Series;
    let total = 0;
    start = 0;
    for (let f = 0; f < folds; f++) {
      const end = ends[f] as number;
      for (let i = start; i < end; i++) {
        const row = rows[i] as number;
        total += (column[row] as number) * (other[row] as number);
      }
      const cross = (order[f] as CrossProducts).cross;
      cross[j * p + k] = total;
      cross[k * p + j] = total;
      start = end;
    }
  }
}
