import { describe, expect, it } from "@jest/globals";
import { replicateSeed } from "../../../src/core/uncertainty/replicateSeed";
import { InvalidParameterError } from "../../../src/core/errors";

describe("replicateSeed", () => {
  it("depends only on the seed and the index", () => {
    expect(replicateSeed(42, 7)).toBe(replicateSeed(42, 7));
  });
  it("gives 10 000 distinct 32-bit seeds for consecutive indices", () => {
    const seeds = new Set<number>();
    let allInt32 = true;
    for (let index = 0; index < 10000; index++) {
      const value = replicateSeed(1, index);
      allInt32 = allInt32 && value === (value | 0);
      seeds.add(value);
    }
    expect(allInt32).toBe(true);
    expect(seeds.size).toBe(10000);
  });
  it("differs between runs with different seeds", () => {
    expect(replicateSeed(1, 0)).not.toBe(replicateSeed(2, 0));
  });
  it("rejects a negative or fractional index", () => {
    expect(() => replicateSeed(1, -1)).toThrow(InvalidParameterError);
    expect(() => replicateSeed(1, 0.5)).toThrow(InvalidParameterError);
  });
});
