import type {
  DashboardChart,
  DashboardChartKind,
  DashboardColumnFormat,
  DashboardSeries,
  DashboardSpec,
} from "../../core/charts/types";
import { UNIT_NUMBER_FORMATS } from "../../core/tables/constants";
import { FORMAT_GENERAL } from "../constants";

/** The Excel chart type names used here (Excel.ChartType's string values). */
type ExcelChartType =
  | "ColumnClustered"
  | "ColumnStacked"
  | "Line"
  | "LineMarkers"
  | "XYScatter"
  | "XYScatterLinesNoMarkers";

/** Excel chart type of each dashboard chart kind. */
const CHART_TYPES: Readonly<Record<DashboardChartKind, ExcelChartType>> = {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  line: "Line",
  xyScatterLines: "XYScatterLinesNoMarkers",
};

/**
 * Excel type of a series drawn as another type than its chart's (a combination chart, ExcelApi 1.7). Markers are
 * "LineMarkers" with the line switched off on a category chart, and plain "XYScatter" points on a scatter chart.
 */
function seriesType(
  kind: NonNullable<DashboardSeries["kind"]>,
  chart: DashboardChartKind
): ExcelChartType {
  if (kind === "column") return "ColumnClustered";
  if (kind === "line") return "Line";
  return chart === "xyScatterLines" ? "XYScatter" : "LineMarkers";
}

/** Number format of each block column format. */
const FORMATS: Readonly<Record<DashboardColumnFormat, string>> = {
  text: FORMAT_GENERAL,
  money: UNIT_NUMBER_FORMATS.currency,
  ratio: UNIT_NUMBER_FORMATS.ratio,
  share: UNIT_NUMBER_FORMATS.percent,
};

/** Marker size (points) of a marker-only series: large enough to read over a bar or a curve. */
const MARKER_SIZE = 8;
/** Line weight (points) of a chart line: Excel's default 2.25 is heavy for 104 weeks. */
const LINE_WEIGHT = 1.5;

/** Text that Excel would read as a formula is stored as text, so output never runs formulas. */
const asText = (value: string | number): string | number =>
  typeof value === "string" && /^[=+\-@]/.test(value) && Number.isNaN(Number(value))
    ? `'${value}`
    : value;

/**
 * Queues (does not sync) the dashboard on a new, empty worksheet: the title and notes, every data block (title,
 * header and rows with their number formats) and every native chart, each series bound to its block range. Uses
 * ExcelApi ≤ 1.9 only: series.add/setValues/setXAxisValues/chartType (1.7), gapWidth/overlap (1.8). Intervals are
 * floating bars, not error bars: ChartErrorBars (1.9) can show custom error bars but has no way to set their
 * plus/minus values.
 * @param sheet - A worksheet the add-in has just added.
 * @param spec - `dashboardSpec(run, weeks)`.
 * @returns Nothing; the caller syncs once for all sheets.
 * @example queueDashboard(context.workbook.worksheets.add("MMM Dashboard"), dashboardSpec(run, weeks)); // => queued
 * @see https://learn.microsoft.com/javascript/api/excel/excel.chartseries
 */
export function queueDashboard(sheet: Excel.Worksheet, spec: DashboardSpec): void {
  sheet.getRange("A1").values = [[spec.title]];
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange(`A2:A${1 + spec.notes.length}`).values = spec.notes.map((note) => [note]);
  for (const block of spec.blocks) {
    sheet.getRange(block.titleAddress).values = [[block.title]];
    sheet.getRange(block.titleAddress).format.font.bold = true;
    const range = sheet.getRange(block.address);
    range.values = [block.header.map(asText), ...block.rows.map((row) => row.map(asText))];
    range.numberFormat = [
      block.header.map(() => "@"),
      ...block.rows.map(() => block.formats.map((format) => FORMATS[format])),
    ];
    sheet.tables.add(range, true);
  }
  for (const chart of spec.charts) queueChart(sheet, chart);
}

function queueChart(sheet: Excel.Worksheet, spec: DashboardChart): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], sheet.getRange(first.values), "Columns");
  chart.name = spec.id;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  chart.setPosition(spec.position[0], spec.position[1]);
  chart.axes.valueAxis.title.text = spec.yAxisTitle;
  chart.axes.valueAxis.numberFormat = FORMATS[spec.yFormat];
  chart.axes.categoryAxis.title.text = spec.xAxisTitle;
  styleSeries(sheet, chart.series.getItemAt(0), first, spec);
  for (const series of rest) styleSeries(sheet, chart.series.add(series.name), series, spec);
  spec.series.forEach((series, index) => {
    if (series.hideInLegend) chart.legend.legendEntries.getItemAt(index).visible = false;
  });
}

function styleSeries(
  sheet: Excel.Worksheet,
  target: Excel.ChartSeries,
  series: DashboardSeries,
  chart: DashboardChart
): void {
  target.name = series.name;
  target.setValues(sheet.getRange(series.values));
  target.setXAxisValues(sheet.getRange(series.categories));
  if (series.kind) target.chartType = seriesType(series.kind, chart.kind);
  switch (series.style) {
    case "hidden":
      target.format.fill.clear();
      target.format.line.lineStyle = "None";
      break;
    case "solid":
    case "light":
      if (chart.kind === "line" || chart.kind === "xyScatterLines") {
        target.format.line.color = series.color;
        target.format.line.weight = LINE_WEIGHT;
      } else target.format.fill.setSolidColor(series.color);
      break;
    case "shade":
      target.format.fill.setSolidColor(series.color);
      target.gapWidth = 0;
      break;
    case "dashed":
      target.format.line.color = series.color;
      target.format.line.lineStyle = "Dash";
      target.format.line.weight = LINE_WEIGHT;
      break;
    case "markers":
      target.format.line.lineStyle = "None";
      target.markerStyle = "Circle";
      target.markerSize = MARKER_SIZE;
      target.markerBackgroundColor = series.color;
      target.markerForegroundColor = series.color;
      break;
  }
  if (chart.kind === "columnStacked") target.overlap = 100;
}
