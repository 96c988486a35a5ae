import { formatTableCell, tableHtml } from "../../src/report/tableHtml";
import { column } from "../../src/core/tables/_internal/tableParts";
import type { Table } from "../../src/core/tables/types";

const TABLE: Table = {
  id: "budget",
  title: "MMM Test",
  fileName: "test.csv",
  description: "One test row.",
  columns: [
    column("channel", "Channel", "text"),
    column("spend", "Weekly spend", "currency/week"),
    column("share", "Share", "percent"),
  ],
  rows: [
    ["<b>tiktok</b>", 1234.5, 0.25],
    ["facebook", 100, null],
  ],
  total: ["Total", 1334.5, null],
  notes: ["Spend is the mean of the last 4 weeks."],
};

describe("tableHtml", () => {
  it("shows the table's labels, its cells formatted by unit and escaped, the total in the footer and the notes", () => {
    const html = tableHtml(TABLE);
    expect(html).toContain('<th scope="col" class="num">Weekly spend</th>');
    expect(html).toContain("&lt;b&gt;tiktok&lt;/b&gt;");
    expect(html).toContain('<td class="num">1,235</td><td class="num">25.0%</td>');
    expect(html).toContain(
      '<tfoot><tr><th scope="row">Total</th><td class="num">1,335</td><td class="num">—</td>'
    );
    expect(html).toContain('<p class="note">Spend is the mean of the last 4 weeks.</p>');
  });

  it("shows only the chosen columns and rows, with cell markup where asked and no notes when told", () => {
    const html = tableHtml(TABLE, {
      columns: ["channel", "share"],
      rows: (row) => row[0] === "facebook",
      cell: (key, value) => (key === "channel" ? { html: `<em>${String(value)}</em>` } : undefined),
      notes: false,
    });
    expect(html).not.toContain("Weekly spend");
    expect(html).not.toContain("tiktok");
    expect(html).toContain("<em>facebook</em>");
    expect(html).not.toContain('class="note"');
  });

  it("formats each unit as the report does elsewhere", () => {
    expect(formatTableCell(0.123, "percent")).toBe("12.3%");
    expect(formatTableCell(1.836, "ratio")).toBe("1.84");
    expect(formatTableCell(null, "currency")).toBe("—");
    expect(formatTableCell("2024-01-01", "date")).toBe("2024-01-01");
    expect(formatTableCell(true, "boolean")).toBe("yes");
  });
});
