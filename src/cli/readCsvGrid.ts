import Papa from "papaparse";
import { RunnerInputError } from "./RunnerInputError";

/** Plain decimal or scientific notation, the numbers Excel turns into number cells when it opens a CSV. */
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Cell separators papaparse may pick in a file whose decimal mark is ",". */
const COMMA_DECIMAL_DELIMITERS = [";", "\t", "|"];

/** How the runner reads number text; mirrors `ToDatasetOptions.decimalSeparator`. */
export interface ReadCsvGridOptions {
  /**
   * The file's decimal mark. With "," a "." in number text is a thousands separator ("21.310" is 21310), so such
   * text is kept as a string for `toDataset` to read with the same separator rather than turned into 21.31 here.
   * @defaultValue "."
   */
  readonly decimalSeparator?: "." | ",";
}

function toCell(text: string, decimalSeparator: "." | ","): unknown {
  const trimmed = text.trim();
  if (NUMBER_TEXT.test(trimmed) && !(decimalSeparator === "," && trimmed.includes("."))) {
    return Number(trimmed);
  }
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return text;
}

/** Plain-words explanation and fix of each papaparse quote error code. */
const QUOTE_PROBLEMS: Readonly<Record<string, string>> = {
  MissingQuotes:
    'a quoted cell is never closed: a " opens it but no closing " follows, so the rest of the file would be read as one cell. Close the quote or remove it',
  InvalidQuotes:
    'a quoted cell has text after its closing ". Write a quote inside a quoted cell as "" or remove the stray quote',
};

/** 1-based line of a character position. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = 0; at < index && at < text.length; at++) if (text[at] === "\n") line++;
  return line;
}

/**
 * Reads CSV text into the cell grid Excel would hand the add-in for the same table, so the CLI and tests feed
 * `toDataset` exactly what the task pane does: numbers as numbers, TRUE/FALSE as booleans, `""` for empty cells,
 * other text (dates such as 2023-09-17 included) as strings. A byte-order mark and the trailing empty line are
 * dropped; the delimiter (comma, semicolon, tab) is detected by papaparse (not comma when `decimalSeparator` is ",").
 *
 * Quote errors (an unmatched or stray ") are refused rather than ignored: papaparse would otherwise swallow the
 * rest of the file into one cell. A file papaparse finds no delimiter in (one column) is left to `toDataset`.
 *
 * @param text - the CSV file's content
 * @param source - the file's name, for messages
 * @param options - the file's decimal separator (see {@link ReadCsvGridOptions})
 * @returns the grid, `[rows][columns]`, header row first
 * @throws {RunnerInputError} listing every quote error with its line and how to fix it
 * @example
 * readCsvGrid("week,revenue\n2023-09-17,83124.16\n");
 * // => [["week", "revenue"], ["2023-09-17", 83124.16]]
 * @see https://www.papaparse.com/docs#config
 */
export function readCsvGrid(
  text: string,
  source = "The CSV file",
  options: ReadCsvGridOptions = {}
): unknown[][] {
  const decimalSeparator = options.decimalSeparator ?? ".";
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    dynamicTyping: false,
    skipEmptyLines: false,
    // A file whose decimal mark is "," cannot also use it between cells (Excel writes ";" there).
    ...(decimalSeparator === "," ? { delimitersToGuess: COMMA_DECIMAL_DELIMITERS } : {}),
  });
  const quoteErrors = parsed.errors.filter((error) => error.type === "Quotes");
  if (quoteErrors.length > 0) {
    const lines = quoteErrors.map((error) => {
      const problem = QUOTE_PROBLEMS[error.code] ?? error.message;
      return `  line ${lineAt(body, error.index ?? 0)}: ${problem}.`;
    });
    throw new RunnerInputError(`${source} cannot be read as CSV:\n${lines.join("\n")}`);
  }
  const rows = parsed.data.map((row) => row.map((cell) => toCell(cell, decimalSeparator)));
  while (rows.length > 0 && rows[rows.length - 1]?.every((cell) => cell === "")) rows.pop();
  return rows;
}
