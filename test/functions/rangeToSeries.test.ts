import { describe, expect, it } from "@jest/globals";
import { rangeToSeries, seriesToRange } from "../../src/functions/rangeToSeries";

describe("rangeToSeries and seriesToRange", () => {
  it("read a column or a row and give it back in the same shape", () => {
    const column = rangeToSeries([[1], [2]], "values");
    expect(column).toEqual({ values: Float64Array.from([1, 2]), orientation: "column" });
    expect(seriesToRange(column.values, column.orientation)).toEqual([[1], [2]]);
    const row = rangeToSeries([[1, 2]], "values");
    expect(seriesToRange(row.values, row.orientation)).toEqual([[1, 2]]);
  });
  it("reject an empty range, a block and a blank cell, naming the position", () => {
    expect(() => rangeToSeries([], "values")).toThrow(/values is empty/);
    expect(() =>
      rangeToSeries(
        [
          [1, 2],
          [3, 4],
        ],
        "values"
      )
    ).toThrow(/2 rows × 2 columns/);
    expect(() => rangeToSeries([[1, ""]], "values")).toThrow(/a blank cell at position 2/);
    expect(() => rangeToSeries([[Infinity]], "values")).toThrow(/position 1/);
  });
});
