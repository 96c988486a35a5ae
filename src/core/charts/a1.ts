/** A1 addresses of the dashboard's blocks (pure; 0-based columns, 1-based rows as Excel shows them). */

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Address of one cell: column index (0-based) and sheet row (1-based). */
export function cellAddress(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Address of the column `column` from sheet row `first` to `last` (1-based, inclusive). */
export function columnRange(column: number, first: number, last: number): string {
  return `${cellAddress(column, first)}:${cellAddress(column, last)}`;
}
