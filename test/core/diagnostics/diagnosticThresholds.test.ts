import { describe, expect, it } from "@jest/globals";
import { checkStatus } from "../../../src/core/diagnostics/checkStatus";
import { DIAGNOSTIC_THRESHOLDS } from "../../../src/core/diagnostics/diagnosticThresholds";

describe("DIAGNOSTIC_THRESHOLDS", () => {
  it("is frozen, entries included", () => {
    expect(Object.isFrozen(DIAGNOSTIC_THRESHOLDS)).toBe(true);
    for (const threshold of Object.values(DIAGNOSTIC_THRESHOLDS))
      expect(Object.isFrozen(threshold)).toBe(true);
  });

  it("uses the documented Durbin–Watson band 1.5–2.5 and the VIF limits 5 and 10", () => {
    expect(DIAGNOSTIC_THRESHOLDS.durbinWatson).toMatchObject({ passLower: 1.5, passUpper: 2.5 });
    expect(DIAGNOSTIC_THRESHOLDS.varianceInflation).toMatchObject({ review: 5, fail: 10 });
  });

  it("has every limit in order, so checkStatus accepts each one", () => {
    for (const threshold of Object.values(DIAGNOSTIC_THRESHOLDS)) {
      expect(() => checkStatus(1, threshold)).not.toThrow();
    }
  });
});
