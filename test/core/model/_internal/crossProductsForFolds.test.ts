import { describe, expect, it } from "@jest/globals";
import {
  crossProducts,
  type CrossProducts,
} from "../../../../src/core/model/_internal/crossProducts";
import { crossProductsForFolds } from "../../../../src/core/model/_internal/crossProductsForFolds";
import { createRandom } from "../../../../src/core/random/createRandom";

const random = createRandom(5);
const column = () => Float64Array.from({ length: 30 }, () => random() * 4 - 1);
const design = [column(), column(), column()];
const y = column();

const plain = (product: CrossProducts) => ({
  rows: Array.from(product.rows),
  cross: Array.from(product.cross),
  sums: Array.from(product.sums),
  crossY: Array.from(product.crossY),
  sumY: product.sumY,
  sumYY: product.sumYY,
});

describe("crossProductsForFolds", () => {
  it("equals crossProducts fold by fold, exactly, for nested prefix folds given in any order", () => {
    const rowSets = [25, 12, 18].map((length) => Array.from({ length }, (_, i) => i));
    const shared = crossProductsForFolds(design, y, rowSets);
    const separate = rowSets.map((rows) => crossProducts(design, y, rows));
    expect(shared.map(plain)).toEqual(separate.map(plain));
  });

  it("equals crossProducts fold by fold for folds that do not nest", () => {
    const rowSets = [
      [3, 4, 5, 6],
      [0, 1, 2, 7, 8, 9, 10],
    ];
    const shared = crossProductsForFolds(design, y, rowSets);
    const separate = rowSets.map((rows) => crossProducts(design, y, rows));
    expect(shared.map(plain)).toEqual(separate.map(plain));
  });
});
