/** Layout and palette of the dashboard sheet (src/core/charts). */

/** Size of one chart in cells: 8 default-width columns × 16 rows is about 512 × 320 px, readable without zoom. */
export const DASHBOARD_CHART_SIZE = { columns: 8, rows: 16 } as const;

/** Empty columns/rows between charts, so their borders and titles never touch. */
export const DASHBOARD_CHART_GAP = 1;

/** First sheet row (1-based) of the chart grid; rows 1–2 hold the title and the notes. */
export const DASHBOARD_FIRST_CHART_ROW = 4;

/** Empty rows between two data blocks (one row keeps blocks apart and the sheet compact). */
export const DASHBOARD_BLOCK_GAP = 1;

/**
 * How far above the tallest fitted/actual value the holdout shading reaches (fraction). The shading is a column
 * series with no gap that is on only in holdout weeks; its height must clear every line but keep the axis close.
 */
export const HOLDOUT_SHADE_HEADROOM = 0.05;

/** Palette (the report's, src/report/constants.ts, so both surfaces look alike). */
export const DASHBOARD_COLORS = {
  actual: "#1f2937",
  fitted: "#2563eb",
  band: "#93c5fd",
  holdout: "#fef3c7",
  direct: "#2563eb",
  indirect: "#14b8a6",
  interval: "#bfdbfe",
  point: "#1e3a8a",
  current: "#64748b",
  recommended: "#16a34a",
} as const;

/** Per-channel colours (Tableau 10, as the report's response curves). */
export const DASHBOARD_CHANNEL_COLORS: readonly string[] = [
  "#4c78a8",
  "#f58518",
  "#e45756",
  "#72b7b2",
  "#54a24b",
  "#eeca3b",
  "#b279a2",
  "#ff9da6",
  "#9d755d",
  "#bab0ac",
];
