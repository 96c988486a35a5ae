/** The five characters that can end a text node or an attribute value, and their entities. */
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML: safe inside an element and inside a quoted attribute value. Every piece of text that
 * reaches the report (column names, warnings, messages) passes through here, since headers come from user data.
 *
 * @param text - any value; non-strings are turned into text first (null and undefined give "")
 * @returns the text with `& < > " '` replaced by entities
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">'); // => "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html
 */
export function escapeHtml(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
