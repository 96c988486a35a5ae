import { describe, expect, it } from "@jest/globals";
import { mape } from "../../../../src/core/validation/metrics/mape";
import { scoreForecast } from "../../../../src/core/validation/metrics/scoreForecast";
import { expectClose, TOLERANCE_SKLEARN_RELATIVE } from "../_helpers/expectClose";
import { itRejectsBadInputs } from "../_helpers/itRejectsBadInputs";
import { METRIC_CASES } from "../_helpers/metricCases";

describe("scoreForecast", () => {
  it.each(METRIC_CASES)("bundles every reference metric of '$name'", (reference) => {
    const score = scoreForecast(reference.actual, reference.predicted);
    expectClose(score.r2, reference.r2, TOLERANCE_SKLEARN_RELATIVE);
    expectClose(score.rmse, reference.rmse, TOLERANCE_SKLEARN_RELATIVE);
    expectClose(score.mae, reference.mae, TOLERANCE_SKLEARN_RELATIVE);
    expectClose(score.smape, reference.smape, TOLERANCE_SKLEARN_RELATIVE);
    expectClose(score.wape, reference.wape, TOLERANCE_SKLEARN_RELATIVE);
    if (reference.mape !== null)
      expectClose(score.mape, reference.mape, TOLERANCE_SKLEARN_RELATIVE);
    if (reference.nrmse !== null)
      expectClose(score.nrmse, reference.nrmse, TOLERANCE_SKLEARN_RELATIVE);
    else expect(score.nrmse).toBeNaN();
    expect(score.n).toBe(reference.actual.length);
  });

  it("reports the weeks MAPE skipped", () => {
    const actual = [0, 100, 0, 50];
    const predicted = [3, 90, 1, 55];
    const score = scoreForecast(actual, predicted);
    expect(score.mapeSkipped).toBe(2);
    expect(score.mape).toBe(mape(actual, predicted).value);
  });

  it("matches the documented example", () => {
    expect(scoreForecast([100, 200], [110, 190]).wape).toBeCloseTo(20 / 300, 15);
  });

  itRejectsBadInputs(scoreForecast);
});
