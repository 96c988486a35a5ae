import { describe, expect, it } from "@jest/globals";
import {
  SVG_COORDINATE_DECIMALS,
  renderChart,
  roundSvgNumbers,
} from "../../src/report/renderChart";

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

describe("roundSvgNumbers", () => {
  it("rounds coordinates inside tags to SVG_COORDINATE_DECIMALS and leaves colours and label text alone", () => {
    const svg =
      '<svg><path d="M12.3456789,-0.0001L5e-7,3" fill="#1e3a8a" transform="translate(0.125000001,2)"></path>' +
      "<text>0.123456</text></svg>";
    expect(roundSvgNumbers(svg)).toBe(
      '<svg><path d="M12.35,0L0,3" fill="#1e3a8a" transform="translate(0.13,2)"></path>' +
        "<text>0.123456</text></svg>"
    );
    expect(SVG_COORDINATE_DECIMALS).toBe(2);
  });
});
