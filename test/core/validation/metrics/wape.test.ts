import { describe, expect, it } from "@jest/globals";
import { mape } from "../../../../src/core/validation/metrics/mape";
import { wape } from "../../../../src/core/validation/metrics/wape";
import { expectClose, TOLERANCE_SKLEARN_RELATIVE } from "../_helpers/expectClose";
import { itRejectsBadInputs } from "../_helpers/itRejectsBadInputs";
import { METRIC_CASES } from "../_helpers/metricCases";

describe("wape", () => {
  it.each(METRIC_CASES)("matches the numpy reference on '$name'", (reference) => {
    expectClose(
      wape(reference.actual, reference.predicted),
      reference.wape,
      TOLERANCE_SKLEARN_RELATIVE
    );
  });

  it("matches the documented example", () => {
    expect(wape([100, 0, 300], [110, 10, 300])).toBe(0.05);
  });

  it("is NaN when every actual is zero", () => {
    expect(wape([0, 0], [1, 1])).toBeNaN();
  });

  it("weighs errors by the size of the week, unlike MAPE", () => {
    // A 50% miss on a small week and a 1% miss on a big week: MAPE says 25.5%, WAPE about 1.5%.
    const actual = [10, 1000];
    const predicted = [15, 1010];
    expect(mape(actual, predicted).value).toBeCloseTo(0.255, 12);
    expect(wape(actual, predicted)).toBeCloseTo(15 / 1010, 12);
  });

  itRejectsBadInputs(wape);
});
