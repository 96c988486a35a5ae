import type { TableCell } from "../core/tables/types";
import type { TrustedHtml } from "./htmlTable";

/** Badge text per status: words, not only colour, so a status reads in grey print too. */
export const STATUS_TEXT = { pass: "Pass", review: "Review", fail: "Fail" } as const;

/**
 * A status word as a coloured badge (the page's .badge-pass/-review/-fail styles), or undefined for any other cell,
 * so `tableHtml` renders that one as usual.
 * @param value - a table cell.
 * @returns the badge's HTML, or undefined.
 * @example statusBadge("fail")?.html // => '<span class="badge badge-fail">Fail</span>'
 */
export function statusBadge(value: TableCell): TrustedHtml | undefined {
  return value === "pass" || value === "review" || value === "fail"
    ? { html: `<span class="badge badge-${value}">${STATUS_TEXT[value]}</span>` }
    : undefined;
}
