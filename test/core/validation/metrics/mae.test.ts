import { describe, expect, it } from "@jest/globals";
import { mae } from "../../../../src/core/validation/metrics/mae";
import { expectClose, TOLERANCE_SKLEARN_RELATIVE } from "../_helpers/expectClose";
import { itRejectsBadInputs } from "../_helpers/itRejectsBadInputs";
import { METRIC_CASES } from "../_helpers/metricCases";

describe("mae", () => {
  it.each(METRIC_CASES)("matches sklearn.metrics.mean_absolute_error on '$name'", (reference) => {
    expectClose(
      mae(reference.actual, reference.predicted),
      reference.mae,
      TOLERANCE_SKLEARN_RELATIVE
    );
  });

  it("matches the documented example", () => {
    expect(mae([1, 2, 3], [2, 2, 1])).toBe(1);
  });

  it("does not change its inputs", () => {
    const actual = Float64Array.from([1, 2, 3]);
    mae(actual, [0, 0, 0]);
    expect(Array.from(actual)).toEqual([1, 2, 3]);
  });

  itRejectsBadInputs(mae);
});
