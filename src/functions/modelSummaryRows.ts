import type { SavedModel } from "../workbookModel/savedModel";

/**
 * The label/value rows MMM.MODEL spills: what the saved model is, where its data came from, when it was fitted and
 * how well it forecast the holdout weeks. Blank cells ("") where the saved model does not say.
 *
 * @param saved - the workbook's model
 * @returns `[rows][2]`: label, value
 * @example
 * modelSummaryRows(saved)[0]; // => ["schema", "mmm-model/1"]
 */
export function modelSummaryRows(saved: SavedModel): (string | number)[][] {
  const { model, holdout } = saved;
  const blank = (value: number | string | null | undefined): string | number => value ?? "";
  return [
    ["schema", model.schema],
    ["data start", model.data.start],
    ["data end", model.data.end],
    ["weeks", model.data.weeks],
    ["fit time", blank(model.fitTime)],
    ["form", model.form],
    ["mediator variant", model.variant],
    ["outcome", model.roles.outcome],
    ["mediator", blank(model.roles.mediator)],
    ["social channels", model.roles.social.join(", ")],
    ["controls", model.roles.controls.join(", ")],
    ["holdout start", blank(saved.holdoutStart)],
    ["holdout weeks", blank(holdout?.n)],
    ["holdout R²", blank(holdout?.r2)],
    ["holdout MAPE", blank(holdout?.mape)],
    ["holdout WAPE", blank(holdout?.wape)],
    ["holdout NRMSE", blank(holdout?.nrmse)],
  ];
}
