import { describe, expect, it } from "@jest/globals";
import {
  crossProducts,
  replaceColumn,
  type CrossProducts,
} from "../../../../src/core/model/_internal/crossProducts";
import { replaceColumnInFolds } from "../../../../src/core/model/_internal/replaceColumnInFolds";
import { createRandom } from "../../../../src/core/random/createRandom";

const random = createRandom(11);
const column = () => Float64Array.from({ length: 40 }, () => random() * 10 - 3);
const design = [column(), column(), column(), column()];
const y = column();
const replacement = column();

const folds = (rowSets: number[][]): CrossProducts[] =>
  rowSets.map((rows) => crossProducts(design, y, rows));

const snapshot = (products: readonly CrossProducts[]) =>
  products.map((product) => ({
    cross: Array.from(product.cross),
    sums: Array.from(product.sums),
    crossY: Array.from(product.crossY),
  }));

describe("replaceColumnInFolds", () => {
  it("gives exactly the sums of replacing the column fold by fold when folds are nested prefixes", () => {
    const rowSets = [20, 26, 32, 38].map((length) => Array.from({ length }, (_, i) => i));
    const shared = folds(rowSets);
    const separate = folds(rowSets);
    replaceColumnInFolds(shared, 2, replacement);
    for (const product of separate) replaceColumn(product, 2, replacement);
    expect(snapshot(shared)).toEqual(snapshot(separate));
    expect(shared.every((product) => product.columns[2] === replacement)).toBe(true);
  });

  it("falls back to fold-by-fold updates when the folds' rows do not nest", () => {
    const rowSets = [
      [0, 1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10, 11, 12],
    ];
    const shared = folds(rowSets);
    const separate = folds(rowSets);
    replaceColumnInFolds(shared, 0, replacement);
    for (const product of separate) replaceColumn(product, 0, replacement);
    expect(snapshot(shared)).toEqual(snapshot(separate));
    // and it really changed something
    expect(snapshot(shared)).not.toEqual(snapshot(folds(rowSets)));
  });
});
