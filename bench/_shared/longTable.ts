import { simulateMmmData } from "../../src/core/simulate";

/** Weeks of one simulated block (the simulator's longest). */
const BLOCK_WEEKS = 520;
const DAY_MS = 86_400_000;

/**
 * A weekly table of `weeks` rows with the simulator's columns (5 channels), starting 2000-01-02. The simulator stops
 * at 520 weeks, so longer tables are 520-week simulations (seeds 11, 12, …) laid end to end and re-dated.
 * @param weeks - data rows
 * @returns the grid, header row first (as a sheet or a CSV holds it)
 * @example longTable(2000).length; // => 2001
 */
export function longTable(weeks: number): unknown[][] {
  const rows: unknown[][] = [];
  let header: unknown[] = [];
  for (let seed = 11; rows.length < weeks; seed++) {
    const grid = simulateMmmData({ seed, weeks: BLOCK_WEEKS }).grid;
    header = [...(grid[0] as unknown[])];
    rows.push(...grid.slice(1).map((row) => [...row]));
  }
  const start = Date.UTC(2000, 0, 2);
  const table = rows.slice(0, weeks).map((row, i) => {
    row[0] = new Date(start + i * 7 * DAY_MS).toISOString().slice(0, 10);
    return row;
  });
  return [header, ...table];
}
