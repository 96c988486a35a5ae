/**
 * Lays out rows of text cells as a fixed-width table: first column left-aligned, the others right-aligned.
 *
 * @param header - column titles
 * @param rows - one array of cells per row, as long as the header
 * @returns the table as lines joined by "\n" (header, a rule, rows)
 * @example
 * formatTable(["a", "b"], [["x", "1"]]); // => "a  b\n----\nx  1"
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[]
): string {
  const widths = header.map((title, j) =>
    Math.max(title.length, ...rows.map((row) => (row[j] ?? "").length))
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, j) => (j === 0 ? cell.padEnd(widths[j] ?? 0) : cell.padStart(widths[j] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = "-".repeat(widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1));
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/**
 * A fraction as a whole percentage ("12%"), or "–" for NaN.
 *
 * @param value - a fraction (0.12 = 12%)
 * @returns the percentage text
 * @example
 * percent(0.123); // => "12%"
 */
export function percent(value: number): string {
  return Number.isFinite(value) ? `${(100 * value).toFixed(0)}%` : "–";
}

/**
 * A number with two decimals, or "–" for NaN.
 *
 * @param value - any number
 * @returns the text
 * @example
 * fixed2(0.1234); // => "0.12"
 */
export function fixed2(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : "–";
}
