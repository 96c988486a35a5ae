import { describe, expect, it } from "@jest/globals";
import { Matrix as MlMatrix } from "ml-matrix";
import { InvalidParameterError } from "../../../src/core/errors";
import { fitElasticNet } from "../../../src/core/regression/fitElasticNet";
import { predictLinear } from "../../../src/core/regression/predictLinear";

describe("predictLinear", () => {
  it("adds the intercept to the row-by-coefficient products", () => {
    expect(
      Array.from(
        predictLinear(
          [
            [1, 2],
            [3, 4],
          ],
          0.5,
          [1, -1]
        )
      )
    ).toEqual([-0.5, -0.5]);
  });

  it("reproduces a fit's fitted values on its own design, also from an ml-matrix Matrix", () => {
    const X = [
      [1, 5],
      [2, 3],
      [3, 4],
      [4, 1],
    ];
    const fit = fitElasticNet(X, [2, 3, 5, 4], { alpha: 0.05, standardize: true });
    const predicted = predictLinear(new MlMatrix(X), fit.intercept, fit.coefficients);
    predicted.forEach((value, i) => expect(value).toBeCloseTo(fit.fitted[i]!, 12));
  });

  it("rejects coefficients that do not match the columns", () => {
    expect(() => predictLinear([[1, 2]], 0, [1])).toThrow(InvalidParameterError);
  });
});
