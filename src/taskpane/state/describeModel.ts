import type { FittedModel } from "../../core/model/types";
import type { SavedModelInfo } from "./paneState";

/**
 * What the pane says about a saved model: when it was fitted and which weeks it covers, the facts a user needs to
 * tell whether the MMM.* formulas describe the data on screen.
 * @param model - The fitted model (saved in the workbook, or just fitted).
 * @returns Its fit time and its data's first week, last week and week count.
 * @example describeModel(model) // => { fitTime: "2026-01-05T10:00:00Z", start: "2024-01-01", end: "2025-12-29", weeks: 104 }
 */
export function describeModel(model: FittedModel): SavedModelInfo {
  return {
    fitTime: model.fitTime,
    start: model.data.start,
    end: model.data.end,
    weeks: model.data.weeks,
  };
}
