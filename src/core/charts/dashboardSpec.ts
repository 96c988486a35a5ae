import type { MmmRun } from "../pipeline/types";
import { cellAddress } from "./a1";
import {
  budgetBlock,
  fitBlock,
  pathsBlock,
  responseBlock,
  roasBlock,
  type BlockDraft,
} from "./_internal/dashboardBlocks";
import {
  budgetChart,
  fitChart,
  pathsChart,
  responseChart,
  roasChart,
  type ChartDraft,
} from "./_internal/dashboardCharts";
import { layoutBlocks } from "./_internal/layoutBlocks";
import { DASHBOARD_CHART_GAP, DASHBOARD_CHART_SIZE, DASHBOARD_FIRST_CHART_ROW } from "./constants";
import type { DashboardChart, DashboardSpec } from "./types";

/** Title written in A1 of the dashboard. */
const DASHBOARD_TITLE = "Marketing mix model dashboard";

/**
 * The dashboard of one run: native-chart specs (ROAS with its 90% interval, direct vs via-mediator revenue,
 * response curves with current and recommended spend, budget before/after, actual vs fitted with the holdout shaded
 * and the prediction band) and the data blocks their series reference. Every number is copied from the run, never
 * computed here (only the floating-bar parts and the holdout shading's height are derived, for drawing), so the
 * dashboard is a view of the one result. Charts sit in a two-wide grid from row DASHBOARD_FIRST_CHART_ROW; the data
 * blocks are stacked below them in column A.
 *
 * @param run - the pipeline's result (a null budget leaves out the response and budget charts; null intervals the
 *   interval bars and the band)
 * @param weeks - ISO date of each week, oldest first: `[periods]`
 * @returns the title, notes, charts and data blocks
 * @example
 * const spec = dashboardSpec(run, dataset.weeks);
 * spec.charts.map((c) => c.id); // => ["roas", "paths", "response", "budget", "fit"]
 */
export function dashboardSpec(run: MmmRun, weeks: readonly string[]): DashboardSpec {
  const drafts = [
    roasBlock(run),
    pathsBlock(run),
    budgetBlock(run),
    responseBlock(run),
    fitBlock(run, weeks),
  ].filter((b): b is BlockDraft => b !== null);
  const chartDrafts = (layout: ReturnType<typeof layoutBlocks>) =>
    [
      roasChart(run, layout),
      pathsChart(layout),
      responseChart(run, layout),
      budgetChart(run, layout),
      fitChart(run, layout),
    ].filter((c): c is ChartDraft => c !== null);
  // The blocks start below the chart grid, whose height depends only on how many charts there are.
  const probe = layoutBlocks(drafts, 1);
  const gridRows = placeCharts(chartDrafts(probe)).lastRow;
  const layout = layoutBlocks(drafts, gridRows + 2);
  const { charts } = placeCharts(chartDrafts(layout));
  const notes = [
    `${run.result.data.weeks} weeks, ${run.result.data.start} to ${run.result.data.end}. Chart data: the tables below the charts.`,
    ...(run.intervals
      ? []
      : ["No uncertainty intervals in this run (bootstrap replicates < 2 or skipped)."]),
    ...(run.budget ? [] : ["No budget plan in this run, so no response curves or budget chart."]),
  ];
  return { title: DASHBOARD_TITLE, notes, charts, blocks: layout.blocks };
}

/** Places charts in a two-wide grid; a wide chart takes a row of its own. Returns them and the last sheet row used. */
function placeCharts(drafts: readonly ChartDraft[]): { charts: DashboardChart[]; lastRow: number } {
  const { columns, rows } = DASHBOARD_CHART_SIZE;
  const step = { columns: columns + DASHBOARD_CHART_GAP, rows: rows + DASHBOARD_CHART_GAP };
  let slot = 0;
  let lastRow = DASHBOARD_FIRST_CHART_ROW;
  const charts = drafts.map(({ wide, ...chart }): DashboardChart => {
    if (wide && slot % 2 === 1) slot += 1;
    const top = DASHBOARD_FIRST_CHART_ROW + Math.floor(slot / 2) * step.rows;
    const left = (slot % 2) * step.columns;
    const width = wide ? 2 * columns + DASHBOARD_CHART_GAP : columns;
    slot += wide ? 2 : 1;
    lastRow = top + rows - 1;
    return {
      ...chart,
      position: [cellAddress(left, top), cellAddress(left + width - 1, top + rows - 1)],
    };
  });
  return { charts, lastRow };
}
