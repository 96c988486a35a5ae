/**
 * Plain-data description of the dashboard: data blocks (tables of cells) and native chart specs whose series name
 * the blocks' ranges. Built by `dashboardSpec` from one `MmmRun`; written by the task pane's Excel adapter and drawn
 * by the preview. No Office types: the same spec is unit-tested, written to Excel and drawn as SVG.
 */

/** One cell of a data block: a number, or text (labels, ISO weeks); "" = empty. */
export type DashboardCell = string | number;

/** How a block column is shown (the Excel adapter maps each to a number format). */
export type DashboardColumnFormat = "text" | "money" | "ratio" | "share";

/** A table of the chart data, placed on the sheet at `address` (header row included). */
export interface DashboardBlock {
  /** Stable id, e.g. "roas". */
  readonly id: string;
  /** Plain-text title written in the row above the header. */
  readonly title: string;
  /** Cell of the title, e.g. "A60". */
  readonly titleAddress: string;
  /** Header + rows, e.g. "A61:G66". */
  readonly address: string;
  /** Column headers: `[columns]`. */
  readonly header: readonly string[];
  /** Data rows: `[rows][columns]`. */
  readonly rows: readonly (readonly DashboardCell[])[];
  /** Format per column: `[columns]`. */
  readonly formats: readonly DashboardColumnFormat[];
}

/** The chart's base type. */
export type DashboardChartKind = "columnClustered" | "columnStacked" | "line" | "xyScatterLines";

/** How one series is drawn. `hidden` = no fill (the base of a floating bar); `markers` = points, no line. */
export type DashboardSeriesStyle = "solid" | "light" | "hidden" | "markers" | "dashed" | "shade";

/** One series of a chart: its name and the sheet ranges of its values (and categories or x values). */
export interface DashboardSeries {
  readonly name: string;
  /** Y values, a one-column range of the dashboard sheet, e.g. "B62:B66". */
  readonly values: string;
  /** Category labels (column charts, lines) or x values (scatter), same length as `values`. */
  readonly categories: string;
  /** Drawn as another type than the chart's (a combination chart), e.g. a marker series on columns. */
  readonly kind?: "column" | "line" | "markers";
  readonly style: DashboardSeriesStyle;
  /** Colour as #rrggbb. */
  readonly color: string;
  /** Left out of the legend (helper series such as a floating bar's hidden base). */
  readonly hideInLegend?: boolean;
}

/** One native chart: type, title, axes and series, placed over a block of cells. */
export interface DashboardChart {
  readonly id: string;
  readonly kind: DashboardChartKind;
  readonly title: string;
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
  /** Y axis number format. */
  readonly yFormat: DashboardColumnFormat;
  readonly series: readonly DashboardSeries[];
  /** Top-left and bottom-right cells the chart covers, e.g. ["A3", "H18"]. */
  readonly position: readonly [string, string];
  /** One plain-language line shown under the chart (how to read it). */
  readonly note: string;
}

/** The dashboard: a heading, the charts and the data blocks they reference. */
export interface DashboardSpec {
  readonly title: string;
  /** Plain-language lines under the title (what the charts show, what is missing and why). */
  readonly notes: readonly string[];
  readonly charts: readonly DashboardChart[];
  readonly blocks: readonly DashboardBlock[];
}
