import { InvalidParameterError } from "../errors";
import { DAYS_PER_WEEK } from "./constants";
import type { LiftTest } from "./types";

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

/**
 * Index of the data week a date falls in: the last week whose date is on or before it, or null when the date is
 * before the first week or more than 6 days after the last.
 *
 * @param weeks - the data's ISO week dates, oldest first: `[periods]`
 * @param iso - a date `yyyy-mm-dd`
 * @returns the 0-based week index, or null outside the data
 * @example
 * weekIndexOf(["2024-01-01", "2024-01-08"], "2024-01-10"); // => 1
 */
export function weekIndexOf(weeks: readonly string[], iso: string): number | null {
  const day = dayOf(iso);
  if (!Number.isFinite(day) || weeks.length === 0) return null;
  const last = dayOf(weeks[weeks.length - 1] as string);
  if (day < dayOf(weeks[0] as string) || day >= last + DAYS_PER_WEEK) return null;
  let index = 0;
  for (let t = 0; t < weeks.length; t++) if (dayOf(weeks[t] as string) <= day) index = t;
  return index;
}

/**
 * The data weeks a lift test covers, as 0-based indices (end inclusive).
 *
 * @param test - a validated lift test
 * @param weeks - the data's ISO week dates: `[periods]`
 * @returns `{ start, end, readoutEnd }` week indices (readoutEnd = end without a read-out week)
 * @throws {InvalidParameterError} when a test week lies outside the data or the end is before the start
 * @example
 * liftTestWindow(test, dataset.weeks); // => { start: 60, end: 67, readoutEnd: 67 }
 */
export function liftTestWindow(
  test: LiftTest,
  weeks: readonly string[]
): { readonly start: number; readonly end: number; readonly readoutEnd: number } {
  const start = weekIndexOf(weeks, test.startWeek);
  const end = weekIndexOf(weeks, test.endWeek);
  const readoutEnd =
    test.readoutEndWeek === undefined ? end : weekIndexOf(weeks, test.readoutEndWeek);
  if (start === null || end === null || end < start) {
    throw new InvalidParameterError(
      "liftTests",
      `The test of '${test.channel}' (${test.startWeek} to ${test.endWeek}) does not lie within the data's weeks ` +
        `${weeks[0] ?? "?"} to ${weeks[weeks.length - 1] ?? "?"}.`
    );
  }
  if (readoutEnd === null || readoutEnd < end) {
    throw new InvalidParameterError(
      "liftTests",
      `The read-out of the test of '${test.channel}' ends on ${test.readoutEndWeek ?? "?"}, which is before its ` +
        `last week ${test.endWeek} or outside the data's weeks ${weeks[0] ?? "?"} to ${weeks[weeks.length - 1] ?? "?"}.`
    );
  }
  return { start, end, readoutEnd };
}
