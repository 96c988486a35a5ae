import type { Intervals } from "../../core/analysis/types";
import type { ForecastScore, MmmResult } from "../../core/model/types";
import {
  FORMAT_DATE,
  FORMAT_GENERAL,
  FORMAT_NUMBER,
  FORMAT_PERCENT,
  FORMAT_CURRENCY,
  SHEET_NAMES,
} from "../constants";
import { isoToExcelSerial } from "./excelDate";
import type { CellValue, SheetSpec } from "./SheetSpec";

type Row = readonly [item: string, value: CellValue, format: string];

/** Holdout scores of one stage, or a note when the stage has none. */
function scoreRows(label: string, score: ForecastScore | null | undefined): Row[] {
  if (!score) return [[`${label}: holdout`, "no holdout weeks", FORMAT_GENERAL]];
  return [
    [`${label}: holdout R²`, score.r2, FORMAT_NUMBER],
    [`${label}: holdout MAPE`, score.mape, FORMAT_PERCENT],
    [`${label}: holdout WAPE`, score.wape, FORMAT_PERCENT],
  ];
}

/** Excel-friendly cell: non-finite numbers become text (a table cell cannot hold NaN). */
function cell(value: number | null): CellValue {
  return value === null || !Number.isFinite(value) ? "n/a" : value;
}

/** How the intervals on the Effects sheet were made, or a note that there are none. */
function intervalRows(intervals: Intervals | null): Row[] {
  if (!intervals) return [["Intervals", "none (bootstrap off)", FORMAT_GENERAL]];
  const failed = intervals.failed > 0 ? `, ${intervals.failed} failed` : "";
  return [
    [
      "Intervals",
      `${Math.round(100 * intervals.level)}% moving-block bootstrap, ${intervals.replicates} replicates${failed}, ` +
        `blocks of ${intervals.blockLength} weeks, seed ${intervals.seed}; hyperparameters ` +
        (intervals.tuning === "retuned" ? "re-tuned in every replicate" : "held fixed"),
      FORMAT_GENERAL,
    ],
    ["Interval method", intervals.method, FORMAT_GENERAL],
  ];
}

/**
 * Maps a fit result to the MMM Summary sheet: data span, model form, holdout scores of both stages, share mediated
 * per channel, price elasticity, promotion lift, how the intervals were made and the fit's warnings, one labelled row each.
 * @param result - fitMmm's result.
 * @param notes - Notes about analysis steps that were skipped (listed after the fit's warnings).
 * @param intervals - The bootstrap's intervals (their method is described), or null when the bootstrap was off.
 * @returns The sheet (columns Item, Value; formats per row).
 * @example summarySheet(result).rows[0] // => ["Weeks", 104]
 * @see https://developers.google.com/meridian/docs/advanced-modeling/model-fit (what a model summary reports)
 */
export function summarySheet(
  result: MmmResult,
  notes: readonly string[] = [],
  intervals: Intervals | null = null
): SheetSpec {
  const rows: Row[] = [
    ["Weeks", result.data.weeks, FORMAT_GENERAL],
    ["First week", isoToExcelSerial(result.data.start), FORMAT_DATE],
    ["Last week", isoToExcelSerial(result.data.end), FORMAT_DATE],
    [
      "First holdout week",
      result.data.holdoutStart ? isoToExcelSerial(result.data.holdoutStart) : "none",
      result.data.holdoutStart ? FORMAT_DATE : FORMAT_GENERAL,
    ],
    ["Training weeks", result.data.trainWeeks, FORMAT_GENERAL],
    ["Model form", result.form, FORMAT_GENERAL],
    ["CV folds", result.search.cvFolds, FORMAT_GENERAL],
    // The k-SE rule's k: why a tuned transform may sit at the neutral shape (README, "Tuning").
    ["Shape prior (standard errors)", result.search.shapePriorStandardErrors, FORMAT_GENERAL],
    ["Outcome", result.roles.outcome, FORMAT_GENERAL],
    ["Mediator", result.roles.mediator ?? "none (single stage)", FORMAT_GENERAL],
    ...scoreRows(`Stage 2 (${result.roles.outcome})`, result.metrics.stage2.holdout),
    ...(result.metrics.stage1
      ? scoreRows(`Stage 1 (${result.roles.mediator ?? "mediator"})`, result.metrics.stage1.holdout)
      : []),
    ...result.effects.channels.map((effect): Row => [
      `Share mediated: ${effect.channel}`,
      cell(effect.shareMediated),
      FORMAT_PERCENT,
    ]),
    ...result.effects.channels.map((effect): Row => [
      `ROAS: ${effect.channel}`,
      cell(effect.roas),
      FORMAT_NUMBER,
    ]),
    [
      `Price elasticity${result.elasticity.column ? ` (${result.elasticity.column})` : ""}`,
      cell(result.elasticity.value),
      FORMAT_NUMBER,
    ],
    [
      `Promotion lift${result.promoLift.column ? ` (${result.promoLift.column})` : ""}`,
      cell(result.promoLift.value),
      FORMAT_PERCENT,
    ],
    ["Revenue per promotion week", cell(result.promoLift.revenuePerPromoWeek), FORMAT_CURRENCY],
    ...intervalRows(intervals),
    ...[...result.warnings, ...notes].map((warning, index): Row => [
      `Warning ${index + 1}`,
      warning,
      FORMAT_GENERAL,
    ]),
  ];
  return {
    name: SHEET_NAMES.summary,
    header: ["Item", "Value"],
    rows: rows.map(([item, value]) => [item, value]),
    numberFormats: [FORMAT_GENERAL, FORMAT_GENERAL],
    cellNumberFormats: rows.map(([, , format]) => [FORMAT_GENERAL, format]),
  };
}
