/*
 * Custom functions (namespace MMM, set in manifest.xml). Each is a shell: coerce Excel's arguments, call one core
 * function, shape the result, map errors once through toExcelError. The JSDoc below IS the metadata:
 * custom-functions-metadata-plugin turns it into functions.json and appends the CustomFunctions.associate calls.
 */
import { planBudget } from "../core/analysis/planBudget";
import { predictModel } from "../core/model/predictModel";
import { logLinearLift } from "../core/regression/logLinearLift";
import { logLogElasticity } from "../core/regression/logLogElasticity";
import { modelResponse } from "../core/scenario/modelResponse";
import { simpleMediation } from "../core/regression/simpleMediation";
import { geometricAdstock } from "../core/transforms/adstock/geometricAdstock";
import { weibullAdstock } from "../core/transforms/adstock/weibullAdstock";
import { hillSaturation } from "../core/transforms/saturation/hillSaturation";
import { DEFAULT_WEIBULL_TYPE, ROAS_PATHS } from "./constants";
import { mapRange } from "./mapRange";
import { modelSummaryRows } from "./modelSummaryRows";
import { predictionRows } from "./predictionRows";
import { rangeToColumns } from "./rangeToColumns";
import { rangeToSeries, seriesToRange } from "./rangeToSeries";
import { readChoice } from "./readChoice";
import { readScenario } from "./readScenario";
import { roasFromEffects } from "./roasFromEffects";
import { streamFromModel } from "./streamFromModel";
import { testPlanRows } from "./testPlanRows";
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

/**
 * Weibull adstock (Robyn's flexible carry-over) of weekly spend. Returns the input's shape.
 * @customfunction WEIBULL
 * @helpurl https://localhost:3000/taskpane.html#functions-weibull
 * @param values Weekly spend, oldest first: one row or one column of numbers (use 0 for no spend).
 * @param shape Weibull shape k, 0 or more: below 1 the effect fades fast then lingers, above 1 it holds then drops.
 * @param scale Weibull scale as a share of the carry-over window, from 0 to 1: larger carries over longer.
 * @param [max_lag] Weeks of carry-over kept after the spend week (whole number, 0 or more). Default: all weeks of values.
 * @param [type] "cdf" (weights fall from 1 in the spend week) or "pdf" (the peak may come weeks later). Default: "cdf".
 * @returns The adstocked series, in the same shape as values.
 */
export function weibull(
  values: any[][],
  shape: number,
  scale: number,
  max_lag?: number,
  type?: string
): number[][] {
  try {
    const series = rangeToSeries(values, "values");
    const adstocked = weibullAdstock(series.values, {
      shape,
      scale,
      maxLag: max_lag ?? series.values.length - 1,
      type: readChoice(type, "type", ["cdf", "pdf"], DEFAULT_WEIBULL_TYPE),
    });
    return seriesToRange(adstocked, series.orientation);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Hill saturation x^s / (x^s + k^s) of weekly (adstocked) spend: 0 at 0, one half at the half-saturation point, rising to 1. Returns the input's shape.
 * @customfunction HILL
 * @helpurl https://localhost:3000/taskpane.html#functions-hill
 * @param values Weekly (adstocked) spend, 0 or more: one row or one column of numbers.
 * @param half_saturation Spend at which the response reaches half its maximum (k), above 0, in the units of values.
 * @param shape Steepness s, above 0: 1 is a concave curve, above 1 an S-shaped one.
 * @returns The saturated series between 0 and 1, in the same shape as values.
 */
export function hill(values: any[][], half_saturation: number, shape: number): number[][] {
  try {
    const series = rangeToSeries(values, "values");
    const saturated = hillSaturation(series.values, { halfSaturation: half_saturation, shape });
    return seriesToRange(saturated, series.orientation);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Constant price elasticity from a log-log fit: log(outcome) on log(price) and optional controls by least squares. -1.2 means 1% higher price, 1.2% less outcome.
 * @customfunction ELASTICITY
 * @helpurl https://localhost:3000/taskpane.html#functions-elasticity
 * @param outcome Weekly outcome (revenue or units), every value above 0: one row or one column.
 * @param price Weekly average price for the same weeks, every value above 0: same shape as outcome.
 * @param [controls] Other drivers for the same weeks, in levels: one column per control (or one row per control when outcome is a row).
 * @param [stats] TRUE spills a label row and the elasticity, its standard error, t and n (2 rows × 4 columns), like LINEST. Default: FALSE (the elasticity only).
 * @returns The elasticity, or a 2×4 block with stats.
 */
export function elasticity(
  outcome: any[][],
  price: any[][],
  controls?: any[][],
  stats?: boolean
): any[][] {
  try {
    const y = rangeToSeries(outcome, "outcome");
    const fit = logLogElasticity(y.values, rangeToSeries(price, "price").values, {
      controls: rangeToColumns(controls, "controls", y.values.length, y.orientation),
    });
    if (!(stats ?? false)) return [[fit.value]];
    return [
      ["elasticity", "standard error", "t", "n"],
      [fit.value, fit.standardError, fit.tValue, fit.weeks],
    ];
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Fractional lift in weeks where a 0/1 flag is 1 (e.g. promotions), from a log-linear fit: log(outcome) on flag and optional controls; lift = exp(coefficient) - 1.
 * @customfunction LIFT
 * @helpurl https://localhost:3000/taskpane.html#functions-lift
 * @param outcome Weekly outcome, every value above 0: one row or one column.
 * @param flag 1 in flagged weeks, 0 otherwise, for the same weeks (both values must occur).
 * @param [controls] Other drivers for the same weeks, in levels: one column per control (or one row per control when outcome is a row).
 * @returns The lift as a fraction: 0.15 means 15% more outcome in flagged weeks.
 */
export function lift(outcome: any[][], flag: any[][], controls?: any[][]): number {
  try {
    const y = rangeToSeries(outcome, "outcome");
    return logLinearLift(y.values, rangeToSeries(flag, "flag").values, {
      controls: rangeToColumns(controls, "controls", y.values.length, y.orientation),
    }).value;
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Direct, indirect (through the mediator), total effect and share mediated of one treatment, from a two-stage linear fit with adstock: mediator on treatment, then outcome on mediator and treatment (totals over all weeks).
 * @customfunction MEDIATION
 * @helpurl https://localhost:3000/taskpane.html#functions-mediation
 * @param treatment Weekly spend of the treatment channel (e.g. tiktok_spend), oldest first: one row or one column.
 * @param mediator Weekly mediator (e.g. google_spend) for the same weeks.
 * @param outcome Weekly outcome (e.g. revenue) for the same weeks.
 * @param [controls] Other drivers in both stages, for the same weeks: one column per control (or one row per control when treatment is a row).
 * @param [decay] Geometric adstock decay of the treatment, from 0 up to but not including 1. Default: 0 (no carry-over).
 * @param [headers] TRUE adds a label row above the four numbers. Default: FALSE.
 * @returns One row: direct, indirect, total (outcome units, summed over the weeks) and share mediated.
 */
export function mediation(
  treatment: any[][],
  mediator: any[][],
  outcome: any[][],
  controls?: any[][],
  decay?: number,
  headers?: boolean
): any[][] {
  try {
    const x = rangeToSeries(treatment, "treatment");
    const effect = simpleMediation(
      x.values,
      rangeToSeries(mediator, "mediator").values,
      rangeToSeries(outcome, "outcome").values,
      {
        controls: rangeToColumns(controls, "controls", x.values.length, x.orientation),
        decay: decay ?? 0,
      }
    );
    const row = [effect.direct, effect.indirect, effect.total, effect.shareMediated];
    return (headers ?? false) ? [["direct", "indirect", "total", "share mediated"], row] : [row];
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Predicted weekly revenue of planned inputs from the model fitted in the task pane. Missing controls stay at their last observed value, missing social channels at 0.
 * @customfunction PREDICT
 * @streaming
 * @helpurl https://localhost:3000/taskpane.html#functions-predict
 * @param scenario A table with a header row of column names as in the model (e.g. tiktok_spend, average_price), then one row per planned week.
 * @param [headers] TRUE adds a label row above the results. Default: FALSE (one result row per scenario week).
 * @param [parts] TRUE adds predicted mediator (Google) spend and the split of revenue into baseline, direct and mediated parts. Default: FALSE.
 * @param [history] "stored" (the weeks follow the data, carry-over included) or "none" (the first row is the data's first week). Default: "stored".
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns Predicted revenue per week (and the parts), updated when a new model is fitted.
 */
export function predict(
  scenario: any[][],
  headers: boolean,
  parts: boolean,
  history: string,
  invocation: CustomFunctions.StreamingInvocation<any[][]>
): void {
  streamFromModel(invocation, ({ model }) => {
    const plan = readScenario(scenario, model);
    const mode = readChoice(history, "history", ["stored", "none"], "stored");
    const prediction = predictModel(model, plan, { history: mode });
    return predictionRows(prediction, model, headers ?? false, parts ?? false);
  });
}

/**
 * Return on ad spend of a channel from the model fitted in the task pane: revenue per unit of spend over the data's weeks, in total or by path.
 * @customfunction ROAS
 * @streaming
 * @helpurl https://localhost:3000/taskpane.html#functions-roas
 * @param channel Channel column name as in the model, e.g. "tiktok_spend" (or the mediator, e.g. "google_spend").
 * @param [path] "total", "direct" (not through the mediator), "indirect" (through the mediator) or "net" (total less the Google spend the channel induced). Default: "total".
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns Revenue per unit of spend, updated when a new model is fitted.
 */
export function roas(
  channel: string,
  path: string,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  streamFromModel(invocation, (saved) => {
    const value = roasFromEffects(
      saved,
      String(channel),
      readChoice(path, "path", ROAS_PATHS, "total")
    );
    if (value === null) {
      throw new CustomFunctions.Error(
        CustomFunctions.ErrorCode.divisionByZero,
        `'${channel}' had no spend in the data, so it has no ROAS.`
      );
    }
    return value;
  });
}

/**
 * Incremental weekly revenue of a social channel at a weekly spend, as the MMM Budget sheet's curves: mean weekly revenue over the next 52 weeks, other channels at the mean of their last 13 weeks, Google following social spend as stage 1 predicts. Gross: the Google spend the channel induces is not subtracted (the budget plan subtracts it). Give a range of spends to chart a response curve.
 * @customfunction RESPONSE
 * @streaming
 * @helpurl https://localhost:3000/taskpane.html#functions-response
 * @param channel Social channel column name as in the model, e.g. "tiktok_spend" (not the mediator).
 * @param spend Weekly spend, 0 or more: one cell or a range (the result has the same shape).
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns Incremental weekly revenue (gross, before induced Google spend) at each spend, updated when a new model is fitted.
 */
export function response(
  channel: string,
  spend: any[][],
  invocation: CustomFunctions.StreamingInvocation<number[][]>
): void {
  streamFromModel(invocation, ({ model }) => {
    const curve = modelResponse(model, String(channel).trim());
    return mapRange(spend, "spend", curve);
  });
}

/**
 * Recommended weekly split of the social budget under the model fitted in the task pane: the MMM Budget sheet's plan (current = mean of the last 13 weeks, revenue over the next 52, marginal ROAS equalised within bounds). It maximises revenue net of the Google spend each channel induces. Google follows social spend as stage 1 predicts; its predicted spend is shown, not allocated.
 * @customfunction OPTIMIZE
 * @streaming
 * @helpurl https://localhost:3000/taskpane.html#functions-optimize
 * @param total_budget Weekly social budget to spread, 0 or more (between the sums of the channels' minimums and maximums).
 * @param [min] Lowest spend of each channel as a fraction of its current weekly spend. Default: 0.5.
 * @param [max] Highest spend of each channel as a fraction of its current weekly spend. Default: 1.5.
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns A table: a label row; per channel current and recommended weekly spend and weekly revenue net of induced Google spend at both; Google's predicted spend; then a note row stating the window.
 */
export function optimize(
  total_budget: number,
  min: number,
  max: number,
  invocation: CustomFunctions.StreamingInvocation<any[][]>
): void {
  streamFromModel(invocation, ({ model }) => {
    const plan = planBudget(model, {
      total: total_budget,
      ...(min === null || min === undefined ? {} : { minShare: min }),
      ...(max === null || max === undefined ? {} : { maxShare: max }),
      curves: false,
    });
    const m = plan.mediator;
    const net = m ? ", net of induced google spend" : "";
    const rows = plan.channels.map((c) => [
      c.channel,
      c.current,
      c.recommended,
      c.currentNetRevenue,
      c.recommendedNetRevenue,
    ]);
    const mediator = m
      ? [[`${m.channel} (predicted, not allocated)`, m.current, m.recommended, "", ""]]
      : [];
    return [
      ["channel", "current", "recommended", `revenue now${net}`, `revenue recommended${net}`],
      ...rows,
      ...mediator,
      [plan.window.statement, "", "", "", ""],
    ];
  });
}

/**
 * What the model saved in this workbook is: data range, fit time, form, mediator variant, columns and holdout scores.
 * @customfunction MODEL
 * @streaming
 * @helpurl https://localhost:3000/taskpane.html#functions-model
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns Label/value rows, updated when a new model is fitted.
 */
export function model(invocation: CustomFunctions.StreamingInvocation<any[][]>): void {
  streamFromModel(invocation, (saved) => modelSummaryRows(saved));
}

/**
 * Plans a lift test of a social channel with the model fitted in the task pane: the revenue a spend change over some weeks should add (Google following), the standard error such a test would have from the model's weekly holdout error, and the weeks a test needs to measure the lift within 20% (one standard error).
 * @customfunction TESTPLAN
 * @streaming
 * @helpurl https://localhost:3000/taskpane.html#functions-testplan
 * @param channel Social channel column name as in the model, e.g. "tiktok_spend".
 * @param change Spend change during the test as a fraction of current weekly spend: 0.5 = +50%, -1 = switched off.
 * @param weeks Test length in weeks, a whole number of 1 or more.
 * @param [readout_weeks] Read-out (cool-down) weeks after the test that the measured lift also counts, a whole number of 0 or more: their carry-over adds to the lift, their noise to the standard error. Default: 0.
 * @param invocation Streaming invocation (supplied by Excel).
 * @returns Label/value rows: expected lift, standard error, relative SE, weeks needed; updated when a new model is fitted.
 */
export function testplan(
  channel: string,
  change: number,
  weeks: number,
  readout_weeks: number,
  invocation: CustomFunctions.StreamingInvocation<any[][]>
): void {
  streamFromModel(invocation, (saved) =>
    testPlanRows(
      saved,
      String(channel),
      Number(change),
      Number(weeks),
      readout_weeks === null || readout_weeks === undefined ? 0 : Number(readout_weeks)
    )
  );
}
