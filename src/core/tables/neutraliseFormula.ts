/** Leading characters a spreadsheet reads as the start of a formula (OWASP's list, tab and carriage return included). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes text safe to open in a spreadsheet: text starting with =, +, -, @, a tab or a carriage return gets a leading
 * apostrophe, so Excel, LibreOffice and Google Sheets show it as text and never run it as a formula (a column named
 * `=HYPERLINK("http://x","y")` in the data stays a label). For text cells only: numbers, negative ones included,
 * never pass through here.
 * @param text - A cell's or header's text.
 * @returns The text, with a leading apostrophe when it could start a formula.
 * @example neutraliseFormula('=HYPERLINK("http://x","y")') // => `'=HYPERLINK("http://x","y")`
 * @example neutraliseFormula("facebook_spend") // => "facebook_spend"
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
