import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { mae } from "../../../../src/core/validation/metrics/mae";
import { rmse } from "../../../../src/core/validation/metrics/rmse";
import { expectClose, TOLERANCE_SKLEARN_RELATIVE } from "../_helpers/expectClose";
import { itRejectsBadInputs } from "../_helpers/itRejectsBadInputs";
import { METRIC_CASES } from "../_helpers/metricCases";

describe("rmse", () => {
  it.each(METRIC_CASES)(
    "matches sklearn mean_squared_error(squared=False) on '$name'",
    (reference) => {
      expectClose(
        rmse(reference.actual, reference.predicted),
        reference.rmse,
        TOLERANCE_SKLEARN_RELATIVE
      );
    }
  );

  it("matches the documented example", () => {
    expect(rmse([1, 2, 3], [1, 2, 5])).toBeCloseTo(Math.sqrt(4 / 3), 15);
  });

  it("is at least the MAE (property)", () => {
    const pairs = fc.array(
      fc.tuple(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true })
      ),
      {
        minLength: 1,
        maxLength: 40,
      }
    );
    fc.assert(
      fc.property(pairs, (rows) => {
        const actual = rows.map((row) => row[0]);
        const predicted = rows.map((row) => row[1]);
        expect(rmse(actual, predicted)).toBeGreaterThanOrEqual(
          mae(actual, predicted) * (1 - 1e-12)
        );
      })
    );
  });

  itRejectsBadInputs(rmse);
});
