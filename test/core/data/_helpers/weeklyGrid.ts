/** Headers of the small hand-made weekly table the ingestion tests start from (the assessment sheet's layout). */
export const WEEKLY_HEADERS = [
  "week",
  "facebook_spend",
  "tiktok_spend",
  "google_spend",
  "average_price",
  "promotions",
  "revenue",
] as const;

const DAY_MS = 86_400_000;
/** 2023-01-01 as days since 1970-01-01 (a Sunday, like the assessment sheet's weeks). */
const FIRST_DAY = Date.UTC(2023, 0, 1) / DAY_MS;

/** ISO date of week `index` (0-based) counted from 2023-01-01. */
export function weekIso(index: number): string {
  return new Date((FIRST_DAY + 7 * index) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A clean weekly grid, header first: `weeks` rows of varying, non-negative numbers, so any issue a test sees is
 * the one it planted. Column letters: A week, B facebook_spend, C tiktok_spend, D google_spend, E average_price,
 * F promotions, G revenue; week i sits on sheet row i + 2.
 */
export function weeklyGrid(weeks = 30): unknown[][] {
  const rows: unknown[][] = [[...WEEKLY_HEADERS]];
  for (let index = 0; index < weeks; index += 1) {
    rows.push([
      weekIso(index),
      1000 + ((index * 37) % 50),
      200 + ((index * 13) % 40),
      500 + ((index * 17) % 60),
      99 + (index % 5),
      index % 3 === 0 ? 1 : 0,
      20000 + ((index * 101) % 900),
    ]);
  }
  return rows;
}

/** A copy of `grid` with the cell at grid row `row` (0 = header) and grid column `column` replaced. */
export function withCell(
  grid: readonly (readonly unknown[])[],
  row: number,
  column: number,
  value: unknown
): unknown[][] {
  return grid.map((cells, index) =>
    index === row ? cells.map((cell, at) => (at === column ? value : cell)) : [...cells]
  );
}
