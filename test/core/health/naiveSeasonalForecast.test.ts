import { InvalidParameterError } from "../../../src/core/errors";
import {
  NAIVE_SEASON_WEEKS,
  naiveSeasonalForecast,
} from "../../../src/core/health/naiveSeasonalForecast";

describe("naiveSeasonalForecast", () => {
  it("repeats the same week a year earlier when the training weeks hold it", () => {
    const outcome = Array.from({ length: 60 }, (_, i) => i);
    const { forecast, seasonalWeeks } = naiveSeasonalForecast(outcome, 55);
    expect(Array.from(forecast)).toEqual([55, 56, 57, 58, 59].map((i) => i - NAIVE_SEASON_WEEKS));
    expect(seasonalWeeks).toBe(5);
  });

  it("uses last year's mean of the training weeks when no earlier year exists", () => {
    const { forecast, seasonalWeeks } = naiveSeasonalForecast([1, 2, 3, 4], 2);
    expect(Array.from(forecast)).toEqual([1.5, 1.5]); // mean of 1 and 2
    expect(seasonalWeeks).toBe(0);
  });

  it("goes back two years rather than reading a forecast week", () => {
    const outcome = Array.from({ length: 130 }, (_, i) => i);
    const { forecast } = naiveSeasonalForecast(outcome, 60);
    expect(forecast[115 - 60]).toBe(115 - 2 * NAIVE_SEASON_WEEKS); // 115 − 52 = 63 is itself forecast
  });

  it("throws when no training or forecast week is left", () => {
    expect(() => naiveSeasonalForecast([1, 2, 3], 0)).toThrow(InvalidParameterError);
    expect(() => naiveSeasonalForecast([1, 2, 3], 3)).toThrow(InvalidParameterError);
  });
});
