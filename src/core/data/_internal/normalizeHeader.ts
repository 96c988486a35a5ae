/** Header text reduced for matching: lower case, trimmed, spaces and hyphens as `_` (`Week Start` → `week_start`). */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}
