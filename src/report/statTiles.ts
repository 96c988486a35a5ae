import { escapeHtml } from "./escapeHtml";

/** One headline figure: a short label, the value as display text, and an optional note under it. */
export interface StatTile {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

/**
 * A row of headline figures ("104 weeks", "R² 0.93"), wrapping on narrow screens. All text is escaped.
 *
 * @param tiles - the figures, left to right
 * @returns HTML text (empty string for no tiles)
 * @example
 * statTiles([{ label: "Weeks", value: "104" }]);
 * // => '<div class="tiles"><div class="tile"><div class="tile-label">Weeks</div><div class="tile-value">104</div></div></div>'
 * @see https://developer.mozilla.org/docs/Web/CSS/CSS_grid_layout
 */
export function statTiles(tiles: readonly StatTile[]): string {
  if (tiles.length === 0) return "";
  const items = tiles.map(
    (tile) =>
      `<div class="tile"><div class="tile-label">${escapeHtml(tile.label)}</div>` +
      `<div class="tile-value">${escapeHtml(tile.value)}</div>` +
      (tile.note ? `<div class="tile-note">${escapeHtml(tile.note)}</div>` : "") +
      `</div>`
  );
  return `<div class="tiles">${items.join("")}</div>`;
}
