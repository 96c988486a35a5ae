import { escapeHtml } from "./escapeHtml";

/** Markup built by the report itself (already escaped), as opposed to plain text that still needs escaping. */
export interface TrustedHtml {
  readonly html: string;
}

/** One column of an {@link htmlTable}. */
export interface TableColumn<Row> {
  /** Header text (plain; escaped). */
  readonly header: string;
  /** Cell content: plain text (escaped) or {@link TrustedHtml}. */
  readonly cell: (row: Row) => string | TrustedHtml;
  /** "number" right-aligns with tabular digits; default "text". */
  readonly kind?: "text" | "number";
}

/** Options of {@link htmlTable}. */
export interface HtmlTableOptions<Row> {
  /** Caption above the table (plain text; escaped). Default none. */
  readonly caption?: string;
  /** Rows shown in a bold footer, e.g. totals. Default none. */
  readonly footer?: readonly Row[];
}

const cellHtml = (content: string | TrustedHtml): string =>
  typeof content === "string" ? escapeHtml(content) : content.html;

function rowHtml<Row>(columns: readonly TableColumn<Row>[], row: Row, tag: "td" | "th"): string {
  const cells = columns.map((column, index) => {
    const className = column.kind === "number" ? ' class="num"' : "";
    const cellTag = index === 0 && tag === "td" ? "th" : tag;
    const scope = cellTag === "th" && tag === "td" ? ' scope="row"' : "";
    return `<${cellTag}${className}${scope}>${cellHtml(column.cell(row))}</${cellTag}>`;
  });
  return `<tr>${cells.join("")}</tr>`;
}

/**
 * A table with escaped text, right-aligned number columns and the first cell of each row as its row header,
 * wrapped so it scrolls sideways on a narrow screen instead of overflowing the page.
 *
 * @param columns - column definitions, left to right
 * @param rows - one entry per body row
 * @param options - caption, footer rows
 * @returns HTML text
 * @example
 * htmlTable([{ header: "Channel", cell: (r) => r.name }, { header: "Spend", cell: (r) => r.spend, kind: "number" }],
 *   [{ name: "<b>tiktok</b>", spend: "1,200" }]);
 * // => '<div class="table-wrap"><table>…<th scope="row">&lt;b&gt;tiktok&lt;/b&gt;</th><td class="num">1,200</td>…'
 * @see https://developer.mozilla.org/docs/Web/HTML/Element/table#accessibility
 */
export function htmlTable<Row>(
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
  options: HtmlTableOptions<Row> = {}
): string {
  const caption = options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : "";
  const head = columns
    .map(
      (column) =>
        `<th scope="col"${column.kind === "number" ? ' class="num"' : ""}>${escapeHtml(column.header)}</th>`
    )
    .join("");
  const body = rows.map((row) => rowHtml(columns, row, "td")).join("");
  const foot =
    options.footer && options.footer.length > 0
      ? `<tfoot>${options.footer.map((row) => rowHtml(columns, row, "td")).join("")}</tfoot>`
      : "";
  return (
    `<div class="table-wrap"><table>${caption}<thead><tr>${head}</tr></thead>` +
    `<tbody>${body}</tbody>${foot}</table></div>`
  );
}
