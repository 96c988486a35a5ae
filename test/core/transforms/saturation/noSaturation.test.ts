import { describe, expect, it } from "@jest/globals";
import { noSaturation } from "../../../../src/core/transforms/saturation/noSaturation";

describe("noSaturation", () => {
  it("returns a copy, not the input itself", () => {
    const input = new Float64Array([1, 2]);
    const out = noSaturation(input);
    expect(Array.from(out)).toEqual([1, 2]);
    expect(out).not.toBe(input);
  });
});
