import { describe, expect, it } from "@jest/globals";
import { compensatedSum } from "../../../../../src/core/validation/metrics/_internal/compensatedSum";

describe("compensatedSum", () => {
  it("keeps a small term that naive summation loses next to large ones", () => {
    const terms = [1e16, 1, -1e16];
    expect(terms.reduce((sum, value) => sum + value, 0)).toBe(0);
    expect(compensatedSum(terms.length, (index) => terms[index] as number)).toBe(1);
  });

  it("is 0 for no terms", () => {
    expect(compensatedSum(0, () => 1)).toBe(0);
  });
});
