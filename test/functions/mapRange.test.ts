import { describe, expect, it } from "@jest/globals";
import { mapRange } from "../../src/functions/mapRange";

describe("mapRange", () => {
  it("keeps the range's shape", () => {
    expect(
      mapRange(
        [
          [1, 2],
          [3, 4],
        ],
        "spend",
        (x) => 10 * x
      )
    ).toEqual([
      [10, 20],
      [30, 40],
    ]);
  });
  it("names the row and column of a non-number", () => {
    expect(() => mapRange([[1], [null]], "spend", (x) => x)).toThrow(
      /a blank cell at row 2, column 1/
    );
  });
});
