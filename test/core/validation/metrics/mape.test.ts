import { describe, expect, it } from "@jest/globals";
import { mape } from "../../../../src/core/validation/metrics/mape";
import { expectClose, TOLERANCE_SKLEARN_RELATIVE } from "../_helpers/expectClose";
import { itRejectsBadInputs } from "../_helpers/itRejectsBadInputs";
import { METRIC_CASES } from "../_helpers/metricCases";

const WITHOUT_ZEROS = METRIC_CASES.filter((reference) => reference.mape !== null);

describe("mape", () => {
  it.each(WITHOUT_ZEROS)(
    "matches sklearn mean_absolute_percentage_error on '$name'",
    (reference) => {
      const result = mape(reference.actual, reference.predicted);
      expectClose(result.value, reference.mape as number, TOLERANCE_SKLEARN_RELATIVE);
      expect(result.skipped).toBe(0);
    }
  );

  it("skips zero actuals and says how many it skipped", () => {
    const result = mape([100, 0, 200], [110, 5, 180]);
    expect(result.value).toBeCloseTo(0.1, 15);
    expect(result.skipped).toBe(1);
  });

  it("is NaN with every week skipped when every actual is zero", () => {
    const result = mape([0, 0, 0, 0], [1, 2, 3, 4]);
    expect(result.value).toBeNaN();
    expect(result.skipped).toBe(4);
  });

  it("treats negative actuals by their size", () => {
    expect(mape([-50], [-40]).value).toBeCloseTo(0.2, 15);
  });

  itRejectsBadInputs(mape);
});
