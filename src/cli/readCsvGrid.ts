import Papa from "papaparse";

/** Plain decimal or scientific notation, the numbers Excel turns into number cells when it opens a CSV. */
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function toCell(text: string): unknown {
  const trimmed = text.trim();
  if (NUMBER_TEXT.test(trimmed)) return Number(trimmed);
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return text;
}

/**
 * Reads CSV text into the cell grid Excel would hand the add-in for the same table, so the CLI and tests feed
 * `toDataset` exactly what the task pane does: numbers as numbers, TRUE/FALSE as booleans, `""` for empty cells,
 * other text (dates such as 2023-09-17 included) as strings. A byte-order mark and the trailing empty line are
 * dropped; the delimiter (comma, semicolon, tab) is detected by papaparse.
 *
 * @param text - the CSV file's content
 * @returns the grid, `[rows][columns]`, header row first
 * @example
 * readCsvGrid("week,revenue\n2023-09-17,83124.16\n");
 * // => [["week", "revenue"], ["2023-09-17", 83124.16]]
 * @see https://www.papaparse.com/docs#config
 */
export function readCsvGrid(text: string): unknown[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(source, { dynamicTyping: false, skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map(toCell));
  while (rows.length > 0 && rows[rows.length - 1]?.every((cell) => cell === "")) rows.pop();
  return rows;
}
