import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { smape } from "../../../../src/core/validation/metrics/smape";
import { expectClose, TOLERANCE_SKLEARN_RELATIVE } from "../_helpers/expectClose";
import { itRejectsBadInputs } from "../_helpers/itRejectsBadInputs";
import { METRIC_CASES } from "../_helpers/metricCases";

describe("smape", () => {
  it.each(METRIC_CASES)("matches the numpy reference on '$name'", (reference) => {
    expectClose(
      smape(reference.actual, reference.predicted),
      reference.smape,
      TOLERANCE_SKLEARN_RELATIVE
    );
  });

  it("matches the documented example", () => {
    expect(smape([100, 0], [100, 5])).toBe(1);
  });

  it("counts a week where both values are zero as exact", () => {
    expect(smape([0, 10], [0, 10])).toBe(0);
  });

  it("stays within [0, 2] (property)", () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 30 }), (rows) => {
        const score = smape(
          rows.map((row) => row[0]),
          rows.map((row) => row[1])
        );
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(2 + 1e-12);
      })
    );
  });

  itRejectsBadInputs(smape);
});
