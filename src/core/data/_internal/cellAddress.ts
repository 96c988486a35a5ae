/** Letters of a 1-based sheet column as Excel names it: 1 → A, 26 → Z, 27 → AA, 703 → AAA. */
export function columnLetters(column: number): string {
  let rest = Math.max(1, Math.floor(column));
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** A1 address of a 1-based sheet column and row, e.g. (4, 17) → `D17`. */
export function cellAddress(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * Address as a message shows it: `D17`, `Sheet1!D17`, or `'My data'!D17` when the sheet name needs quotes
 * (Excel quotes names with spaces or punctuation and doubles embedded apostrophes).
 */
export function qualifiedAddress(address: string, sheetName: string | undefined): string {
  if (sheetName === undefined || sheetName === "") return address;
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName);
  const sheet = plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${address}`;
}
