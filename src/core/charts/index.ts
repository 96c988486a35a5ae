/**
 * charts/: the dashboard as plain data. `dashboardSpec(run, weeks)` turns one `MmmRun` into data blocks and native
 * chart specs (type, title, series with their sheet ranges); the task pane writes them as Excel charts and the
 * preview draws them. To add a chart: add its block to _internal/dashboardBlocks.ts, its spec to
 * _internal/dashboardCharts.ts, list both in dashboardSpec, and extend the test.
 */
export * from "./constants";
export { dashboardSpec } from "./dashboardSpec";
export type * from "./types";
