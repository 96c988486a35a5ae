/** Milliseconds in one day. */
const DAY_MS = 86_400_000;

/**
 * A Vega-Lite x encoding for ISO week dates read and labelled in UTC (so the chart does not shift by a day in
 * time zones west of Greenwich).
 *
 * @param field - the data field holding `yyyy-mm-dd` text
 * @returns the encoding channel definition
 * @example
 * weekAxis("week").scale; // => { type: "utc" }
 * @see https://vega.github.io/vega-lite/docs/scale.html#time-scale
 */
export function weekAxis(field: string): Record<string, unknown> {
  return {
    field,
    type: "temporal",
    scale: { type: "utc" },
    axis: { format: "%b %Y", title: null, labelOverlap: true, grid: false },
  };
}

/**
 * The ISO date `days` days after `isoDate` (UTC), for the end of the last week's bar or band.
 *
 * @param isoDate - `yyyy-mm-dd`
 * @param days - whole days to add
 * @returns `yyyy-mm-dd`
 * @example
 * addDays("2024-12-30", 7); // => "2025-01-06"
 * @see https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Date/toISOString
 */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
