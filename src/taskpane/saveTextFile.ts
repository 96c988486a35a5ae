/* global Blob, URL, document, setTimeout */

/** How long the object URL lives after the click (ms): long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers text as a file download: a Blob, an object URL and a clicked `<a download>`. Browsers save it to the
 * user's downloads folder (or ask where, by their settings).
 * @param fileName - Suggested file name, e.g. "report.html".
 * @param text - The file's content.
 * @param type - MIME type. @defaultValue "text/html"
 * @returns Nothing; the browser takes over.
 * @example saveTextFile("report.html", html); // => the browser downloads report.html
 * @see https://developer.mozilla.org/docs/Web/HTML/Element/a#download
 */
export function saveTextFile(fileName: string, text: string, type = "text/html"): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
