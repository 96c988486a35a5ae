import { describe, expect, it } from "@jest/globals";
import { Matrix } from "ml-matrix";
import { varianceInflation } from "../../../src/core/diagnostics/varianceInflation";
import { InvalidParameterError } from "../../../src/core/errors";
import { designFixture, expectClose, STATISTIC_RELATIVE } from "./fixtures";

describe("varianceInflation", () => {
  it.each(designFixture.cases.map((c) => [c.name, c] as const))(
    "matches statsmodels variance_inflation_factor with a constant on the %s design",
    (_, c) => {
      // Golden: [variance_inflation_factor(add_constant(X), j + 1) for j in range(p)]
      const result = varianceInflation(c.X, c.names);
      expect(result.map((v) => v.name)).toEqual(c.names);
      result.forEach((v, j) => expectClose(v.vif, c.vif[j] as number, STATISTIC_RELATIVE));
    }
  );

  it("gives 1 / (1 − r²) for two columns", () => {
    // r = 0.6 between (1,2,3,4) and (2,1,4,3), so VIF = 1 / 0.64 = 1.5625 (hand calculation)
    const result = varianceInflation(
      new Matrix([
        [1, 2],
        [2, 1],
        [3, 4],
        [4, 3],
      ]),
      ["a", "b"]
    );
    expect(result[0]?.vif).toBeCloseTo(1.5625, 12);
    expect(result[1]?.vif).toBeCloseTo(1.5625, 12);
  });

  it("gives NaN for a constant column and leaves it out of the others' regressions", () => {
    const X = [
      [1, 5, 2],
      [1, 6, 1],
      [1, 7, 4],
      [1, 8, 3],
    ];
    const result = varianceInflation(X, ["intercept", "a", "b"]);
    expect(result[0]?.vif).toBeNaN();
    expect(result[1]?.vif).toBeCloseTo(1.5625, 12);
  });

  it("gives a huge or infinite VIF for an exact linear combination", () => {
    const X = [
      [1, 2, 3],
      [2, 1, 3],
      [3, 5, 8],
      [4, 3, 7],
      [5, 9, 14],
    ];
    const result = varianceInflation(X, ["a", "b", "a+b"]);
    for (const v of result) expect(v.vif).toBeGreaterThan(1e10);
  });

  it("gives 1 for a lone feature", () => {
    expect(varianceInflation([[1], [2], [4]], ["only"])[0]?.vif).toBe(1);
  });

  it("rejects a name count that differs from the columns and a single row", () => {
    expect(() =>
      varianceInflation(
        [
          [1, 2],
          [2, 3],
        ],
        ["a"]
      )
    ).toThrow(InvalidParameterError);
    expect(() => varianceInflation([[1, 2]], ["a", "b"])).toThrow(/2 rows/);
  });
});
