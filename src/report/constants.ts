/**
 * Layout, palette and formatting constants of report.html. Chart sizes are the drawing size in CSS pixels; the
 * page scales each SVG down to its column width (it never scales up), so they are chosen for a ~960 px column.
 */

/** Width of a full-width chart's plotting area (px): the page column is 1000 px minus padding and axis labels. */
export const CHART_WIDTH = 880;

/** Height of a time-series chart's plotting area (px): wide and low reads best for 1–3 years of weeks. */
export const CHART_HEIGHT = 260;

/** Height of one bar in a horizontal bar chart (px). */
export const BAR_STEP = 34;

/** Width of a small chart shown two side by side (px). */
export const HALF_CHART_WIDTH = 360;

/** System font stack: no web fonts (the report must open offline). */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Light palette (Tailwind 600/400 tones): readable on white and distinct for colour-blind readers in pairs. */
export const COLORS = {
  actual: "#1f2937",
  fitted: "#2563eb",
  forecast: "#ea580c",
  band: "#93c5fd",
  holdout: "#fef3c7",
  direct: "#2563eb",
  indirect: "#14b8a6",
  baseline: "#cbd5e1",
  controls: "#94a3b8",
  mediator: "#7c3aed",
  current: "#64748b",
  recommended: "#16a34a",
  grid: "#e5e7eb",
  text: "#374151",
} as const;

/** Locale of the number formats: thousands separators as "," and the decimal point as ".". */
export const NUMBER_LOCALE = "en-US";
