import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { checkStatus } from "../../../src/core/diagnostics/checkStatus";
import {
  DIAGNOSTIC_THRESHOLDS,
  type DiagnosticThreshold,
} from "../../../src/core/diagnostics/diagnosticThresholds";
import { InvalidParameterError } from "../../../src/core/errors";

describe("checkStatus", () => {
  it.each([
    [4.9, "pass"],
    [5, "pass"],
    [7, "review"],
    [10, "review"],
    [14, "fail"],
    [Number.POSITIVE_INFINITY, "fail"],
  ] as const)("grades a VIF of %s as %s with the default 5/10 limits", (vif, status) => {
    expect(checkStatus(vif, DIAGNOSTIC_THRESHOLDS.varianceInflation)).toBe(status);
  });

  it.each([
    [0.5, "pass"],
    [0.05, "pass"],
    [0.03, "review"],
    [0.01, "review"],
    [0.001, "fail"],
  ] as const)("grades a Ljung–Box p-value of %s as %s", (p, status) => {
    expect(checkStatus(p, DIAGNOSTIC_THRESHOLDS.ljungBox)).toBe(status);
  });

  it.each([
    [2, "pass"],
    [1.5, "pass"],
    [2.5, "pass"],
    [1.2, "review"],
    [2.8, "review"],
    [0.9, "fail"],
    [3.2, "fail"],
  ] as const)("grades a Durbin–Watson of %s as %s in the 1.5–2.5 band", (d, status) => {
    expect(checkStatus(d, DIAGNOSTIC_THRESHOLDS.durbinWatson)).toBe(status);
  });

  it("asks for a review when the value is not a number", () => {
    expect(checkStatus(Number.NaN, DIAGNOSTIC_THRESHOLDS.breuschPagan)).toBe("review");
  });

  it("never grades a worse value better than a better one", () => {
    const order = { pass: 0, review: 1, fail: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const vif = DIAGNOSTIC_THRESHOLDS.varianceInflation;
          expect(order[checkStatus(low, vif)]).toBeLessThanOrEqual(order[checkStatus(high, vif)]);
        }
      )
    );
  });

  it("rejects thresholds whose limits are out of order", () => {
    expect(() => checkStatus(1, { kind: "maximum", review: 10, fail: 5 })).toThrow(
      InvalidParameterError
    );
    expect(() => checkStatus(1, { kind: "minimum", review: 0.01, fail: 0.05 })).toThrow(
      InvalidParameterError
    );
    expect(() =>
      checkStatus(1, {
        kind: "band",
        passLower: 1,
        passUpper: 3,
        reviewLower: 1.5,
        reviewUpper: 2.5,
      })
    ).toThrow(/out of order/);
  });

  it("rejects an unknown kind and lists the valid ones", () => {
    const bogus = { kind: "between", review: 1, fail: 2 } as unknown as DiagnosticThreshold;
    expect(() => checkStatus(1, bogus)).toThrow(/"maximum", "minimum" or "band"/);
  });
});
