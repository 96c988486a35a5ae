import { installCustomFunctionsFake } from "./customFunctionsFake";
installCustomFunctionsFake();
import { adstock } from "../../src/functions/functions";

describe("MMM.ADSTOCK", () => {
  it("returns a column for a column and a row for a row", () => {
    expect(adstock([[100], [0], [0]], 0.5)).toEqual([[100], [50], [25]]);
    expect(adstock([[100, 0, 0]], 0.5)).toEqual([[100, 50, 25]]);
  });
  it("answers #VALUE! naming the position of a text cell", () => {
    expect(() => adstock([[1], ["abc"]], 0.5)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("position 2") })
    );
  });
  it("answers #VALUE! for a decay of 1 or more", () => {
    expect(() => adstock([[1]], 1.2)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("decay") })
    );
  });
});
