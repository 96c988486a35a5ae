import type { MmmResult } from "../../model/types";
import { naiveSeasonalForecast } from "../naiveSeasonalForecast";
import type { NaiveComparison } from "../types";

/** Σ|actual − forecast| / Σ|actual| over the given weeks. */
function wape(
  actual: ArrayLike<number>,
  forecast: ArrayLike<number>,
  rows: readonly number[],
  offset: number
): number {
  let error = 0;
  let total = 0;
  for (const i of rows) {
    error += Math.abs((actual[i] as number) - (forecast[i - offset] as number));
    total += Math.abs(actual[i] as number);
  }
  return total > 0 ? error / total : Number.NaN;
}

/**
 * The outcome stage's holdout forecast (made by the training-only model) against the naive seasonal forecast made
 * from the same training weeks; null without holdout weeks.
 */
export function compareWithNaive(result: MmmResult): NaiveComparison | null {
  const series = result.series.stage2;
  const rows = series.isHoldout.flatMap((holdout, i) => (holdout ? [i] : []));
  const start = rows[0];
  if (start === undefined || start < 1) return null;
  const naive = naiveSeasonalForecast(series.actual, start);
  const modelWape = wape(series.actual, series.forecast, rows, 0);
  const naiveWape = wape(series.actual, naive.forecast, rows, start);
  return {
    holdoutWeeks: rows.length,
    modelWape,
    naiveWape,
    ratio: naiveWape > 0 ? modelWape / naiveWape : Number.NaN,
    seasonalWeeks: naive.seasonalWeeks,
  };
}
