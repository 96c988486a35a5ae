import { describe, expect, it } from "@jest/globals";
import { nrmse } from "../../../../src/core/validation/metrics/nrmse";
import { expectClose, TOLERANCE_SKLEARN_RELATIVE } from "../_helpers/expectClose";
import { itRejectsBadInputs } from "../_helpers/itRejectsBadInputs";
import { METRIC_CASES } from "../_helpers/metricCases";

const WITH_RANGE = METRIC_CASES.filter((reference) => reference.nrmse !== null);

describe("nrmse", () => {
  it.each(WITH_RANGE)("matches sklearn RMSE / numpy range of actual on '$name'", (reference) => {
    expectClose(
      nrmse(reference.actual, reference.predicted),
      reference.nrmse as number,
      TOLERANCE_SKLEARN_RELATIVE
    );
  });

  it("matches the documented example", () => {
    expect(nrmse([0, 10, 20], [0, 10, 26])).toBeCloseTo(Math.sqrt(12) / 20, 15);
  });

  it("is NaN when actual is constant", () => {
    expect(nrmse([5, 5, 5], [5, 6, 5])).toBeNaN();
  });

  it("does not depend on the level of the series", () => {
    const shifted = nrmse([1000, 1010, 1020], [1000, 1010, 1026]);
    expect(shifted).toBeCloseTo(nrmse([0, 10, 20], [0, 10, 26]), 12);
  });

  itRejectsBadInputs(nrmse);
});
