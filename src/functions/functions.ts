/*
 * Custom functions (namespace MMM, set in manifest.xml). Each is a shell: coerce Excel's arguments, call one core
 * function, shape the result, map errors once through toExcelError. The JSDoc below IS the metadata:
 * custom-functions-metadata-plugin turns it into functions.json and appends the CustomFunctions.associate calls.
 */
import { geometricAdstock } from "../core/transforms/adstock/geometricAdstock";
import { rangeToSeries, seriesToRange } from "./rangeToSeries";
import { toExcelError } from "./toExcelError";

/**
 * Geometric adstock (carry-over) of weekly spend: each week keeps `decay` times the previous week's adstocked value. Returns the input's shape.
 * @customfunction ADSTOCK
 * @helpurl https://localhost:3000/taskpane.html#functions-adstock
 * @param values Weekly spend, oldest first: one row or one column of numbers (use 0 for no spend).
 * @param decay Share of a week's effect carried into the next week, from 0 (no carry-over) up to but not including 1.
 * @param [max_lag] Weeks of carry-over to keep after the spend week (whole number, 0 or more). Default: all weeks.
 * @param [normalize] TRUE scales the weights to sum to 1 so total spend is kept. Default: FALSE.
 * @returns The adstocked series, in the same shape as values.
 */
export function adstock(
  values: any[][],
  decay: number,
  max_lag?: number,
  normalize?: boolean
): number[][] {
  try {
    const series = rangeToSeries(values, "values");
    const adstocked = geometricAdstock(series.values, {
      decay,
      maxLag: max_lag ?? Infinity,
      normalize: normalize ?? false,
    });
    return seriesToRange(adstocked, series.orientation);
  } catch (error) {
    throw toExcelError(error);
  }
}
