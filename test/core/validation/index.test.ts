import { describe, expect, it } from "@jest/globals";
import * as validation from "../../../src/core/validation";

describe("the validation barrel", () => {
  it.each([
    "timeSeriesSplits",
    "holdoutSplit",
    "crossValidate",
    "r2",
    "rmse",
    "mae",
    "mape",
    "smape",
    "nrmse",
    "wape",
    "scoreForecast",
  ])("exports the function %s", (name) => {
    expect(typeof (validation as Record<string, unknown>)[name]).toBe("function");
  });

  it("exports the defaults and the lists of schemes and metrics", () => {
    expect(validation.DEFAULT_FOLDS).toBe(5);
    expect(validation.DEFAULT_HOLDOUT_SHARE).toBe(0.2);
    expect(validation.DEFAULT_SPLIT_SCHEME).toBe(validation.SPLIT_SCHEMES[0]);
    expect(validation.FORECAST_METRICS).toContain("wape");
  });
});
