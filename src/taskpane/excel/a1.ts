/**
 * A1-notation helpers for the Excel adapter (pure; no Office calls).
 */

// Column letters are the core's (the dashboard's pure layout uses them too): one definition.
import { columnLetters } from "../../core/charts/a1";

export { columnLetters };

/**
 * The A1 address of a block that starts at the sheet's top-left cell A1.
 * @param rows - Number of rows (≥ 1).
 * @param columns - Number of columns (≥ 1).
 * @returns e.g. `A1:C10`.
 * @example blockAddress(10, 3) // => "A1:C10"
 */
export function blockAddress(rows: number, columns: number): string {
  return `A1:${columnLetters(columns - 1)}${rows}`;
}

/**
 * Quotes a sheet name for use in an address when Excel requires it (spaces or punctuation).
 * @param sheetName - The sheet's name.
 * @returns The name, in single quotes (inner quotes doubled) when needed.
 * @example quoteSheetName("MMM Summary") // => "'MMM Summary'"
 */
export function quoteSheetName(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName)
    ? sheetName
    : `'${sheetName.replace(/'/g, "''")}'`;
}

/** A sheet-qualified cell split into its parts. */
export interface CellReference {
  readonly sheetName: string;
  /** Cell or range in A1 notation without the sheet, e.g. `D17`. */
  readonly cell: string;
}

/**
 * Splits `Sheet1!D17` or `'My data'!D17` into sheet name and cell.
 * @param address - A sheet-qualified address.
 * @returns The sheet name (unquoted) and the cell part.
 * @throws {Error} When the address has no `!`.
 * @example splitAddress("'My data'!D17") // => { sheetName: "My data", cell: "D17" }
 */
export function splitAddress(address: string): CellReference {
  const bang = address.lastIndexOf("!");
  if (bang < 0) throw new Error(`"${address}" does not name a sheet (expected e.g. Sheet1!D17).`);
  let sheetName = address.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'"))
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  return { sheetName, cell: address.slice(bang + 1) };
}
