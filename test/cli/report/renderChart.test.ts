import { describe, expect, it } from "@jest/globals";
import { renderChart } from "../../../src/cli/report/renderChart";

const spec = {
  data: { values: [{ x: 1, y: 2, c: "<img src=x onerror=alert(1)>" }] },
  mark: "point",
  encoding: {
    x: { field: "x", type: "quantitative" },
    y: { field: "y", type: "quantitative" },
    color: { field: "c", type: "nominal" },
  },
} as const;

describe("renderChart", () => {
  it("renders a Vega-Lite spec to an SVG element in Node, without a browser", async () => {
    const svg = await renderChart(spec as never, "chart-a", "A point");
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.trim().endsWith("</svg>")).toBe(true);
    expect(svg).toContain('class="marks chart"');
    expect(svg).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/);
  });

  it("escapes data text drawn in the chart and the accessible label", async () => {
    const svg = await renderChart(spec as never, "chart-a", 'Label "<b>"');
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;img src=x");
    expect(svg).toContain('aria-label="Label &quot;&lt;b&gt;&quot;"');
  });

  it("names every id and reference after the chart, so charts in one page never clash", async () => {
    const clipped = { ...spec, mark: { type: "point", clip: true } };
    const svg = await renderChart(clipped as never, "chart-b", "A point");
    const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of [...ids, ...refs]) expect(id?.startsWith("chart-b-")).toBe(true);
  });

  it("gives the same bytes on every run, although Vega numbers clip paths with a global counter", async () => {
    const clipped = { ...spec, mark: { type: "point", clip: true } };
    const first = await renderChart(clipped as never, "chart-c", "A point");
    const second = await renderChart(clipped as never, "chart-c", "A point");
    expect(second).toBe(first);
  });
});
