import { MAX_SHEET_NAME_LENGTH } from "../constants";

/**
 * Picks a sheet name that no existing sheet has (Excel compares names case-insensitively), adding " (2)", " (3)", …
 * and shortening the base so the result fits Excel's 31-character limit.
 * @param base - The preferred name, e.g. `MMM Summary`.
 * @param taken - Lower-cased names already in use (not modified).
 * @returns `base` when free, otherwise the first free `base (n)` with n ≥ 2.
 * @example uniqueSheetName("MMM Summary", new Set(["mmm summary"])) // => "MMM Summary (2)"
 * @see https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
export function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  const trimmed = base.slice(0, MAX_SHEET_NAME_LENGTH);
  if (!taken.has(trimmed.toLowerCase())) return trimmed;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
