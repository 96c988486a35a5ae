import { escapeHtml } from "./escapeHtml";

/**
 * Wraps a rendered chart in a `<figure>` with an optional plain-text caption under it.
 *
 * @param svg - SVG markup from `renderChart` (trusted: Vega escapes every text it draws)
 * @param caption - plain text (escaped); omitted when empty
 * @returns HTML text
 * @example
 * figureHtml("<svg>…</svg>", "Shaded: holdout weeks");
 * // => '<figure class="chart-figure"><svg>…</svg><figcaption>Shaded: holdout weeks</figcaption></figure>'
 * @see https://developer.mozilla.org/docs/Web/HTML/Element/figure
 */
export function figureHtml(svg: string, caption = ""): string {
  const text = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : "";
  return `<figure class="chart-figure">${svg}${text}</figure>`;
}
