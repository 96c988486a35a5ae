import type { Intervals } from "../analysis/types";
import type { HealthVerdict } from "../health/types";
import type { ForecastScore, MmmResult } from "../model/types";
import {
  HEADLINE_VARIANT_REASON,
  PREDICTED_VARIANT_PURPOSE,
  TABLE_TITLE_PREFIX,
} from "./constants";
import { withReadableNames } from "./withReadableNames";
import { column, numberCell } from "./_internal/tableParts";
import type { ColumnUnit, Table, TableCell } from "./types";

type Line = readonly [item: string, value: TableCell, unit: ColumnUnit];

/** What one row of the Summary means. */
export const SUMMARY_DESCRIPTION =
  "One fact about the run: first the health verdict (pass/review/fail), why, and the findings that drive it; then data span, model form, holdout scores of both stages, which mediator variant is the " +
  "headline, share mediated and ROAS per channel, price elasticity, promotion lift, how intervals were made, then " +
  "every warning.";

/** Label of the Summary's first row, the verdict (pass / review / fail). */
export const HEALTH_VERDICT_LABEL = "Health verdict";

/** Label of the Summary's first row while a run is provisional (`MmmRun.complete` false). */
export const PROVISIONAL_LABEL = "Provisional";

/**
 * What a provisional Summary says (its first row): these are the fit's point estimates, the rest is on its way. Worded
 * to stay true if the run never finishes (cancelled, or the pane closed), since the pane keeps these sheets then.
 */
export const PROVISIONAL_TEXT =
  "Point estimates only: intervals, diagnostics, the health verdict and the budget plan are still being computed, " +
  "and these sheets are replaced when they are ready. If this row is still here, that run did not finish: fit again " +
  "for them.";

/** What the Summary says in place of a result that is still being computed. */
const STILL_COMPUTING = "still being computed";

/** The verdict, its one sentence and each driving finding with what would help (a note when there is none). */
function verdictLines(health: HealthVerdict | null, complete: boolean): Line[] {
  if (!complete) return [[HEALTH_VERDICT_LABEL, STILL_COMPUTING, "text"]];
  if (!health) return [[HEALTH_VERDICT_LABEL, "not assessed (see the warnings)", "text"]];
  return [
    [HEALTH_VERDICT_LABEL, health.status, "text"],
    ["Verdict summary", health.summary, "text"],
    ...health.drivers.map((driver, index): Line => {
      const words = (text: string) => withReadableNames(text, driver.columns);
      return [
        `Driver ${index + 1} (${driver.status}): ${words(driver.title)}`,
        [driver.finding, driver.recommendation]
          .filter((text) => text.length > 0)
          .map(words)
          .join(" "),
        "text",
      ];
    }),
  ];
}

/** Holdout scores of one stage, or a note when the stage has none. */
function scoreLines(label: string, score: ForecastScore | null | undefined): Line[] {
  if (!score) return [[`${label}: holdout`, "no holdout weeks", "text"]];
  return [
    [`${label}: holdout R²`, numberCell(score.r2), "number"],
    [`${label}: holdout MAPE`, numberCell(score.mape), "percent"],
    [`${label}: holdout WAPE`, numberCell(score.wape), "percent"],
  ];
}

/** How the intervals were made, or a note that there are none. */
function intervalLines(intervals: Intervals | null, complete: boolean): Line[] {
  if (!complete) return [["Intervals", STILL_COMPUTING, "text"]];
  if (!intervals) return [["Intervals", "none (bootstrap off)", "text"]];
  const failed = intervals.failed > 0 ? `, ${intervals.failed} failed` : "";
  return [
    [
      "Intervals",
      `${Math.round(100 * intervals.level)}% moving-block bootstrap, ${intervals.replicates} replicates${failed}, ` +
        `blocks of ${intervals.blockLength} weeks, seed ${intervals.seed}; hyperparameters ` +
        (intervals.tuning === "retuned" ? "re-tuned in every replicate" : "held fixed"),
      "text",
    ],
    ["Interval method", intervals.method, "text"],
  ];
}

/** Which mediator variant is the headline and what the other one is for (nothing for a single-stage model). */
function variantLines(result: MmmResult): Line[] {
  const mediator = result.roles.mediator;
  if (mediator === null) return [];
  const lines: Line[] = [
    ["Headline variant", `observed ${mediator} — standard causal mediation`, "text"],
    ["Why the headline", HEADLINE_VARIANT_REASON, "text"],
  ];
  if (result.variants.predicted)
    lines.push([`Predicted ${mediator} variant`, PREDICTED_VARIANT_PURPOSE, "text"]);
  return lines;
}

/**
 * The Summary table: first the health verdict (its status word, its one sentence, then each driving finding with
 * what would help), then one labelled fact per row (Item, Value), each value with its own unit (a count, a date, a
 * percent…), then the run's warnings and notes about skipped steps. The verdict cell is the Value column's status
 * word, which renderers colour.
 * @param result - the run's fit result.
 * @param intervals - the bootstrap's intervals (their method is described), or null when the bootstrap was off.
 * @param warnings - every warning of the run (`MmmRun.warnings`, which already ends with the skipped steps' notes).
 * @param health - the run's health verdict (`MmmRun.health`), or null when it was not made.
 * @param complete - false for a provisional run (`MmmRun.complete`): a first row says so in words, and the verdict
 *   and intervals read "still being computed".
 * @returns The table (no total row).
 * @example summaryTable(run.result, run.intervals, run.warnings, run.health).rows[0] // => ["Health verdict", "review"]
 * @see https://developers.google.com/meridian/docs/advanced-modeling/model-fit (what a model summary reports)
 */
export function summaryTable(
  result: MmmResult,
  intervals: Intervals | null,
  warnings: readonly string[],
  health: HealthVerdict | null = null,
  complete = true
): Table {
  const effects = result.effects.channels;
  const lines: Line[] = [
    ...(complete ? [] : [[PROVISIONAL_LABEL, PROVISIONAL_TEXT, "text"] as const]),
    ...verdictLines(health, complete),
    ["Weeks", result.data.weeks, "count"],
    ["First week", result.data.start, "date"],
    ["Last week", result.data.end, "date"],
    result.data.holdoutStart
      ? ["First holdout week", result.data.holdoutStart, "date"]
      : ["First holdout week", "none", "text"],
    ["Training weeks", result.data.trainWeeks, "count"],
    ["Model form", result.form, "text"],
    ["CV folds", result.search.cvFolds, "count"],
    // The k-SE rule's k: why a tuned transform may sit at the neutral shape (README, "Tuning").
    ["Shape prior (standard errors)", result.search.shapePriorStandardErrors, "number"],
    ["Outcome", result.roles.outcome, "text"],
    ["Mediator", result.roles.mediator ?? "none (single stage)", "text"],
    ...variantLines(result),
    ...scoreLines(`Stage 2 (${result.roles.outcome})`, result.metrics.stage2.holdout),
    ...(result.metrics.stage1
      ? scoreLines(
          `Stage 1 (${result.roles.mediator ?? "mediator"})`,
          result.metrics.stage1.holdout
        )
      : []),
    ...effects.map((e): Line => [
      `Share mediated: ${e.channel}`,
      numberCell(e.shareMediated),
      "percent",
    ]),
    ...effects.map((e): Line => [`ROAS: ${e.channel}`, numberCell(e.roas), "ratio"]),
    [
      `Price elasticity${result.elasticity.column ? ` (${result.elasticity.column})` : ""}`,
      numberCell(result.elasticity.value),
      "number",
    ],
    [
      `Promotion lift${result.promoLift.column ? ` (${result.promoLift.column})` : ""}`,
      numberCell(result.promoLift.value),
      "percent",
    ],
    ["Revenue per promotion week", numberCell(result.promoLift.revenuePerPromoWeek), "currency"],
    ...intervalLines(intervals, complete),
    ...warnings.map((warning, index): Line => [`Warning ${index + 1}`, warning, "text"]),
  ];
  return {
    id: "summary",
    title: `${TABLE_TITLE_PREFIX} Summary`,
    fileName: "summary.csv",
    description: SUMMARY_DESCRIPTION,
    columns: [column("item", "Item", "text"), column("value", "Value", "text")],
    rows: lines.map(([item, value]) => [item, value]),
    cellUnits: lines.map(([, , unit]) => [null, unit]),
    total: null,
    statusColumn: 1,
    notes: [
      "Share mediated and ROAS are the headline (observed-mediator) variant's, over all weeks.",
      "An empty value means the figure is undefined for this data (e.g. no spend, or no price column).",
    ],
  };
}
