import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { log1pTransform } from "../../../src/core/transforms/log1pTransform";

describe("log1pTransform", () => {
  it("maps 0 to 0 and e − 1 to 1", () => {
    const out = log1pTransform([0, Math.E - 1]);
    expect(out[0]).toBe(0);
    expect(out[1]).toBeCloseTo(1, 15);
  });
  it("keeps precision for tiny values", () => {
    // log(1 + x) = x − x²/2 + … ; a naive Math.log(1 + 1e-12) is off in the 5th digit.
    const x = 1e-12;
    expect(Math.abs((log1pTransform([x])[0] as number) - (x - (x * x) / 2)) / x).toBeLessThan(
      1e-15
    );
  });
  it("rejects values of −1 or less", () => {
    expect(() => log1pTransform([0, -1])).toThrow(InvalidParameterError);
  });
});
