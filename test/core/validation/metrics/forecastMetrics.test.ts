import { describe, expect, it } from "@jest/globals";
import { FORECAST_METRICS } from "../../../../src/core/validation/metrics/forecastMetrics";
import { scoreForecast } from "../../../../src/core/validation/metrics/scoreForecast";

describe("FORECAST_METRICS", () => {
  it("lists every metric of a ForecastScore except the counts, once each", () => {
    const score = scoreForecast([1, 2, 3], [1, 2, 4]);
    const metricFields = Object.keys(score).filter((key) => key !== "n" && key !== "mapeSkipped");
    expect([...FORECAST_METRICS].sort()).toEqual(metricFields.sort());
  });
});
