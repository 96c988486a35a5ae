import type { Intervals } from "../../core/analysis/types";
import type { FittedSeries, MmmResult } from "../../core/model/types";
import type { Dataset } from "../../core/types";
import { CHART_HEIGHT, CHART_WIDTH, COLORS } from "../constants";
import { escapeHtml } from "../escapeHtml";
import { figureHtml } from "../figureHtml";
import { formatNumber } from "../formatNumber";
import { renderChart } from "../renderChart";
import type { ReportSection } from "../types";
import { addDays, weekAxis } from "../weekAxis";

const ACTUAL = "Actual";
const FITTED = "Fitted";
const FORECAST = "Holdout forecast (training-only model)";

function seriesRows(weeks: readonly string[], series: FittedSeries): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  weeks.forEach((week, t) => {
    rows.push({ week, series: ACTUAL, value: series.actual[t] });
    rows.push({ week, series: FITTED, value: series.fitted[t] });
    // The forecast line starts at the last training week so it joins the fitted line.
    if (series.isHoldout[t] || series.isHoldout[t + 1]) {
      rows.push({ week, series: FORECAST, value: series.forecast[t] });
    }
  });
  return rows;
}

async function stageChart(
  weeks: readonly string[],
  series: FittedSeries,
  holdoutStart: string | null,
  band: Intervals["predictionBand"] | null,
  options: {
    readonly id: string;
    readonly title: string;
    readonly height: number;
    readonly zero: boolean;
  }
): Promise<string> {
  const layers: Record<string, unknown>[] = [];
  const last = weeks[weeks.length - 1] as string;
  if (holdoutStart !== null) {
    layers.push({
      data: { values: [{ start: holdoutStart, end: addDays(last, 7), label: "Holdout" }] },
      layer: [
        {
          mark: { type: "rect", color: COLORS.holdout, opacity: 0.8 },
          encoding: { x: weekAxis("start"), x2: { field: "end" } },
        },
        {
          mark: {
            type: "text",
            align: "left",
            baseline: "top",
            dx: 4,
            dy: 4,
            color: "#92400e",
            fontSize: 11,
          },
          encoding: { x: weekAxis("start"), y: { value: 0 }, text: { field: "label" } },
        },
      ],
    });
  }
  if (band !== null) {
    layers.push({
      data: {
        values: band.weeks.map((week, t) => ({ week, lower: band.lower[t], upper: band.upper[t] })),
      },
      mark: { type: "area", color: COLORS.band, opacity: 0.45 },
      encoding: {
        x: weekAxis("week"),
        y: { field: "lower", type: "quantitative", title: options.title },
        y2: { field: "upper" },
      },
    });
  }
  layers.push({
    data: { values: seriesRows(weeks, series) },
    mark: { type: "line", strokeWidth: 1.8 },
    encoding: {
      x: weekAxis("week"),
      y: {
        field: "value",
        type: "quantitative",
        title: options.title,
        axis: { format: "~s" },
        scale: { zero: options.zero },
      },
      color: {
        field: "series",
        type: "nominal",
        title: null,
        legend: { symbolType: "stroke", symbolStrokeWidth: 2 },
        scale: {
          domain: [ACTUAL, FITTED, FORECAST],
          range: [COLORS.actual, COLORS.fitted, COLORS.forecast],
        },
      },
      strokeDash: {
        field: "series",
        type: "nominal",
        title: null,
        scale: {
          domain: [ACTUAL, FITTED, FORECAST],
          range: [
            [1, 0],
            [1, 0],
            [5, 3],
          ],
        },
      },
    },
  });
  return renderChart(
    { width: CHART_WIDTH, height: options.height, layer: layers } as never,
    options.id,
    `${options.title}: actual and fitted by week`
  );
}

/**
 * Actual against fitted revenue week by week, the holdout weeks shaded with the training-only model's forecast,
 * and the bootstrap prediction band when intervals are given; then the same for the mediator (stage 1).
 *
 * @param dataset - the fitted data (its weeks)
 * @param result - `fitMmm`'s result
 * @param intervals - optional; adds the prediction band
 * @returns the section
 * @example
 * (await fitChartSection(dataset, result, null)).heading; // => "Actual vs fitted revenue"
 * @see https://vega.github.io/vega-lite/docs/layer.html
 */
export async function fitChartSection(
  dataset: Dataset,
  result: MmmResult,
  intervals: Intervals | null
): Promise<ReportSection> {
  const band = intervals?.predictionBand ?? null;
  const revenue = await stageChart(
    dataset.weeks,
    result.series.stage2,
    result.data.holdoutStart,
    band,
    {
      id: "chart-fit",
      title: result.roles.outcome,
      height: CHART_HEIGHT,
      zero: false,
    }
  );
  const captions = [
    result.data.holdoutStart === null
      ? "No holdout weeks: every week was used to fit."
      : `Shaded: holdout weeks from ${result.data.holdoutStart}, kept out of every choice; the dashed line is the forecast of the model fitted on training weeks only.`,
  ];
  if (band !== null && intervals !== null) {
    captions.push(
      `Blue band: ${formatNumber(intervals.level * 100, "count")}% prediction band ` +
        `(${formatNumber(intervals.replicates, "count")} bootstrap refits plus resampled residuals); ` +
        `${formatNumber(band.coverage, "percent")} of actual weeks fall inside it.`
    );
  }
  let html = figureHtml(revenue, captions.join(" "));
  const stage1 = result.series.stage1;
  if (stage1 !== null && result.roles.mediator !== null) {
    const mediator = await stageChart(dataset.weeks, stage1, result.data.holdoutStart, null, {
      id: "chart-fit-mediator",
      title: result.roles.mediator,
      height: Math.round(CHART_HEIGHT * 0.6),
      zero: true,
    });
    html += `<h3>Stage 1: ${escapeHtml(result.roles.mediator)} predicted from social spend</h3>${figureHtml(mediator)}`;
  }
  return { id: "fitted", heading: "Actual vs fitted revenue", html };
}
