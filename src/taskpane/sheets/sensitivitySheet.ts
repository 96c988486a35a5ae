import type { Sensitivity } from "../../core/analysis/types";
import { FORMAT_CURRENCY, FORMAT_GENERAL, FORMAT_PERCENT, SHEET_NAMES } from "../constants";
import type { SheetSpec } from "./SheetSpec";

/**
 * Maps price/promotion sensitivity to the MMM Sensitivity sheet: predicted revenue over the scenario window for
 * each price change with promotions on and off, and the change against the baseline (last weeks repeated).
 * @param sensitivity - sensitivityAnalysis's result.
 * @returns The sheet.
 * @example sensitivitySheet(s).header // => ["Price change", "Promotions", "Revenue", "Change", "Change %"]
 * @see https://en.wikipedia.org/wiki/Price_elasticity_of_demand
 */
export function sensitivitySheet(sensitivity: Sensitivity): SheetSpec {
  return {
    name: SHEET_NAMES.sensitivity,
    header: ["Price change", "Promotions", "Revenue", "Change", "Change %"],
    rows: sensitivity.grid.scenarios.map((s) => [
      s.priceChange,
      s.promotions,
      s.revenue,
      s.change,
      s.changeShare,
    ]),
    numberFormats: [
      FORMAT_PERCENT,
      FORMAT_GENERAL,
      FORMAT_CURRENCY,
      FORMAT_CURRENCY,
      FORMAT_PERCENT,
    ],
  };
}
