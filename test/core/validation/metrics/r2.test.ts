import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { r2 } from "../../../../src/core/validation/metrics/r2";
import { expectClose, TOLERANCE_SKLEARN_RELATIVE } from "../_helpers/expectClose";
import { itRejectsBadInputs } from "../_helpers/itRejectsBadInputs";
import { METRIC_CASES } from "../_helpers/metricCases";

describe("r2", () => {
  it.each(METRIC_CASES)("matches sklearn.metrics.r2_score on '$name'", (reference) => {
    expectClose(
      r2(reference.actual, reference.predicted),
      reference.r2,
      TOLERANCE_SKLEARN_RELATIVE
    );
  });

  it("matches the documented example", () => {
    expect(r2([1, 2, 3], [1, 2, 4])).toBe(0.5);
  });

  it("is 1 for an exact forecast of a constant series and 0 for an inexact one, as sklearn", () => {
    // 0.1 + 0.1 + 0.1 is not 0.3 in floating point: a mean-based test would see a tiny non-zero variance.
    expect(r2([0.1, 0.1, 0.1], [0.1, 0.1, 0.1])).toBe(1);
    expect(r2([0.1, 0.1, 0.1], [0.1, 0.2, 0.1])).toBe(0);
  });

  it("is NaN for a single week, as sklearn", () => {
    expect(r2([3], [2])).toBeNaN();
  });

  it("never exceeds 1 and is 1 for any exact forecast (property)", () => {
    const series = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
      minLength: 2,
      maxLength: 50,
    });
    fc.assert(
      fc.property(series, series, (actual, predicted) => {
        const length = Math.min(actual.length, predicted.length);
        const a = actual.slice(0, length);
        expect(r2(a, predicted.slice(0, length))).toBeLessThanOrEqual(1);
        expect(r2(a, a)).toBe(1);
      })
    );
  });

  itRejectsBadInputs(r2);
});
