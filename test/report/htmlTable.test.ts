import { describe, expect, it } from "@jest/globals";
import { htmlTable } from "../../src/report/htmlTable";

describe("htmlTable", () => {
  const columns = [
    { header: "Channel", cell: (r: { name: string; spend: string }) => r.name },
    {
      header: "Spend <b>",
      cell: (r: { name: string; spend: string }) => r.spend,
      kind: "number" as const,
    },
  ];

  it("escapes cell and header text and right-aligns number columns", () => {
    const html = htmlTable(columns, [{ name: "<img src=x onerror=alert(1)>", spend: "1,200" }]);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
    expect(html).toContain("Spend &lt;b&gt;");
    expect(html).toContain('<td class="num">1,200</td>');
  });

  it("makes the first cell of each row its row header", () => {
    const html = htmlTable(columns, [{ name: "tiktok", spend: "1" }]);
    expect(html).toContain('<th scope="row">tiktok</th>');
  });

  it("passes trusted markup through unchanged and writes footer rows in a tfoot", () => {
    const html = htmlTable(
      [{ header: "Status", cell: () => ({ html: '<span class="badge">Pass</span>' }) }],
      [{}],
      { caption: "Checks & more", footer: [{}] }
    );
    expect(html).toContain('<span class="badge">Pass</span>');
    expect(html).toContain("<caption>Checks &amp; more</caption>");
    expect(html).toContain("<tfoot>");
  });
});
