import { describe, expect, it } from "@jest/globals";
import { resampleSeries } from "../../../src/core/uncertainty/resampleSeries";
import { InvalidParameterError } from "../../../src/core/errors";

describe("resampleSeries", () => {
  it("picks the rows named by the indices, in their order", () => {
    expect(Array.from(resampleSeries([10, 20, 30], Int32Array.of(1, 2, 1)))).toEqual([20, 30, 20]);
  });
  it("leaves its input untouched", () => {
    const values = [1, 2, 3];
    resampleSeries(values, [2, 2, 2]);
    expect(values).toEqual([1, 2, 3]);
  });
  it("rejects an index outside the column", () => {
    expect(() => resampleSeries([1, 2], [0, 2])).toThrow(InvalidParameterError);
    expect(() => resampleSeries([1, 2], [-1])).toThrow(InvalidParameterError);
  });
});
