import { describe, expect, it } from "@jest/globals";
import { rangeToColumns } from "../../src/functions/rangeToColumns";

describe("rangeToColumns", () => {
  it("reads one control per column beside a column series, one per row beside a row series", () => {
    expect(
      rangeToColumns(
        [
          [1, 5],
          [2, 6],
        ],
        "controls",
        2,
        "column"
      )
    ).toEqual([Float64Array.from([1, 2]), Float64Array.from([5, 6])]);
    expect(
      rangeToColumns(
        [
          [1, 2],
          [5, 6],
        ],
        "controls",
        2,
        "row"
      )
    ).toEqual([Float64Array.from([1, 2]), Float64Array.from([5, 6])]);
  });
  it("accepts the other layout when only it fits, and no controls when omitted", () => {
    expect(rangeToColumns([[1, 2, 3]], "controls", 3, "column")).toEqual([
      Float64Array.from([1, 2, 3]),
    ]);
    expect(rangeToColumns(null, "controls", 3, "column")).toEqual([]);
  });
  it("says which size to select and where a non-number sits", () => {
    expect(() => rangeToColumns([[1], [2]], "controls", 3, "column")).toThrow(
      /2 rows × 1 columns; select 3 rows/
    );
    expect(() => rangeToColumns([[1], [true]], "controls", 2, "column")).toThrow(
      /"true" in control 1 at position 2/
    );
  });
});
