import type { MmmResult } from "../../core/model/types";
import { FORMAT_GENERAL, FORMAT_NUMBER, SHEET_NAMES } from "../constants";
import type { SheetSpec } from "./SheetSpec";

/**
 * Maps a fit result to the MMM Coefficients sheet: one row per stage and feature, with the coefficient on the
 * feature's built scale and standardised (× the feature's standard deviation, comparable across features).
 * @param result - fitMmm's result.
 * @returns The sheet (columns Stage, Feature, Column, Coefficient, Standardized).
 * @example coefficientsSheet(result).header // => ["Stage", "Feature", "Column", "Coefficient", "Standardized"]
 * @see https://en.wikipedia.org/wiki/Standardized_coefficient
 */
export function coefficientsSheet(result: MmmResult): SheetSpec {
  return {
    name: SHEET_NAMES.coefficients,
    header: ["Stage", "Feature", "Column", "Coefficient", "Standardized"],
    rows: result.coefficients.map((row) => [
      row.stage,
      row.feature,
      row.column ?? "",
      Number.isFinite(row.value) ? row.value : "n/a",
      Number.isFinite(row.standardized) ? row.standardized : "n/a",
    ]),
    numberFormats: [FORMAT_GENERAL, FORMAT_GENERAL, FORMAT_GENERAL, FORMAT_NUMBER, FORMAT_NUMBER],
  };
}
