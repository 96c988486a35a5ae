import { describe, expect, it } from "@jest/globals";
import { noAdstock } from "../../../../src/core/transforms/adstock/noAdstock";

describe("noAdstock", () => {
  it("returns a copy, not the input itself", () => {
    const input = new Float64Array([5, 0]);
    const out = noAdstock(input);
    expect(Array.from(out)).toEqual([5, 0]);
    expect(out).not.toBe(input);
  });
});
