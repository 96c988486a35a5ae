import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { COLORS, FONT_STACK } from "./constants";
import { escapeHtml } from "./escapeHtml";
import { estimateTextWidth } from "./estimateTextWidth";

/** The part of a Vega text item the width estimate reads. */
interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: number | string;
}

/** Vega's text measurement hook (exported by vega at run time, missing from its typings). */
const textMetrics = (
  vega as unknown as { textMetrics: { width: (item: TextItem, text: string) => number } }
).textMetrics;

/**
 * Decimals kept in SVG coordinates. Chromium and Node run the same V8 but their Math.exp/log/pow differ in the last
 * bit for a few percent of arguments, so unrounded coordinates of the same chart differ in the 13th digit between the
 * pane (which builds the report in its worker) and the runner; 1/100 px is far below what a screen can show and makes
 * both give the same bytes.
 */
export const SVG_COORDINATE_DECIMALS = 2;

/** Font size Vega assumes when a text item has none. */
const VEGA_DEFAULT_FONT_SIZE = 11;

function textWidth(item: TextItem, text: string): number {
  const weight = item.fontWeight;
  const bold = weight === "bold" || (typeof weight === "number" && weight >= 600);
  return estimateTextWidth(String(text ?? ""), item.fontSize ?? VEGA_DEFAULT_FONT_SIZE, bold);
}

/** Shared look of every chart: system fonts, light grid, no frame around the plot. */
const CHART_CONFIG = {
  background: "#ffffff",
  aria: false,
  font: FONT_STACK,
  padding: 8,
  view: { stroke: null },
  axis: {
    labelColor: COLORS.text,
    titleColor: COLORS.text,
    gridColor: COLORS.grid,
    domainColor: "#9ca3af",
    tickColor: "#9ca3af",
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 600,
  },
  legend: {
    labelColor: COLORS.text,
    titleColor: COLORS.text,
    labelFontSize: 11,
    titleFontSize: 12,
    orient: "bottom",
    direction: "horizontal",
    columns: 4,
    symbolType: "square",
    labelLimit: 320,
    columnPadding: 16,
  },
  title: { color: COLORS.text, fontSize: 13, fontWeight: 600, anchor: "start" },
} as const;

/**
 * Compiles a Vega-Lite spec and renders it to SVG text in Node, with no browser, canvas or network (inline data
 * only). Every `id` in the SVG becomes `<chartId>-<n>` (several SVGs share one HTML document, clip paths refer to
 * ids, and the same input must give the same bytes), the fixed width/height become a `viewBox` the page scales down, and the SVG gets `role="img"`
 * with `label` as its accessible name.
 *
 * @param spec - a Vega-Lite spec with inline `data.values` (the shared look is merged into its `config`)
 * @param chartId - unique id of the chart in the page, letters/digits/hyphens, e.g. "chart-fit"
 * @param label - plain-text description for screen readers (escaped here)
 * @returns SVG markup to embed inline
 * @throws {Error} when Vega cannot compile or render the spec (a bug in the spec, not in user data)
 * @example
 * await renderChart({ data: { values: [{ x: 1, y: 2 }] }, mark: "point", encoding: {} }, "c1", "One point");
 * // => '<svg class="chart" role="img" aria-label="One point" … viewBox="0 0 … …">…</svg>'
 * @see https://vega.github.io/vega/usage/#view-toSVG
 */
export async function renderChart(
  spec: TopLevelSpec,
  chartId: string,
  label: string
): Promise<string> {
  // No canvas in Node: measure labels with a sans-serif estimate instead of Vega's 0.8 em per character.
  textMetrics.width = textWidth;
  const withConfig = { ...spec, config: { ...CHART_CONFIG, ...spec.config } } as TopLevelSpec;
  const vegaSpec = compile(withConfig).spec;
  const view = new vega.View(vega.parse(vegaSpec), { renderer: "none", logLevel: vega.Error });
  const svg = await view.toSVG();
  view.finalize();
  return tidySvg(svg, chartId, label);
}

/**
 * Renames every id to `<chartId>-<n>` in order of first appearance (Vega numbers clip paths with a process-wide
 * counter, so raw ids would clash between charts of one page and differ between runs), swaps the fixed size for a
 * viewBox-driven one, and names the image.
 */
function tidySvg(svg: string, chartId: string, label: string): string {
  const names = new Map<string, string>();
  for (const match of svg.matchAll(/\bid="([^"]+)"/g)) {
    const id = match[1] as string;
    if (!names.has(id)) names.set(id, `${chartId}-${names.size + 1}`);
  }
  const rename = (id: string): string => names.get(id) ?? `${chartId}-${id}`;
  const renamed = svg
    .replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_m, id: string) => `href="#${rename(id)}"`);
  return roundSvgNumbers(renamed)
    .replace(/^<svg ([^>]*?)class="marks"/, '<svg $1class="marks chart"')
    .replace(
      /^<svg ([^>]*?)width="([\d.]+)" height="([\d.]+)"/,
      (_match, before: string, width: string, height: string) =>
        `<svg ${before}role="img" aria-label="${escapeHtml(label)}" ` +
        `width="${width}" height="${height}" style="aspect-ratio: ${width} / ${height}"`
    );
}

/** A hex colour (kept as is, e.g. "#1e3a8a") or a decimal or exponent number inside a tag. */
const TAG_NUMBER =
  /#[0-9a-fA-F]{3,8}\b|(?<![\d.])-?(?:\d+\.\d+(?:e[-+]?\d+)?|\d+e[-+]?\d+)(?![\d.])/g;

/**
 * Rounds every fractional number inside the SVG's tags (coordinates, sizes, transforms, path data) to
 * SVG_COORDINATE_DECIMALS; text between tags (labels) is left as Vega formatted it.
 */
export function roundSvgNumbers(svg: string): string {
  const scale = 10 ** SVG_COORDINATE_DECIMALS;
  return svg.replace(/<[^>]+>/g, (tag) =>
    tag.replace(TAG_NUMBER, (text) => {
      if (text.startsWith("#")) return text;
      const rounded = Math.round(Number(text) * scale) / scale;
      return String(Object.is(rounded, -0) ? 0 : rounded);
    })
  );
}
