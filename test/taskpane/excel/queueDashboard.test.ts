import { dashboardSpec } from "../../../src/core/charts/dashboardSpec";
import type { MmmRun } from "../../../src/core/pipeline/types";
import { DASHBOARD_SHEET_NAME } from "../../../src/taskpane/constants";
import { writeResultSheets } from "../../../src/taskpane/excel/writeResultSheets";
import { resultSheets } from "../../../src/taskpane/sheets/resultSheets";
import { installFakeOffice } from "../fixtures/installFakeOffice";
import { SAMPLE_OUTCOME, SAMPLE_WEEKS } from "../fixtures/sampleResult";

/** The sample run with a short response curve per channel, so the response chart has points. */
const RUN: MmmRun = {
  ...SAMPLE_OUTCOME,
  budget: SAMPLE_OUTCOME.budget && {
    ...SAMPLE_OUTCOME.budget,
    channels: SAMPLE_OUTCOME.budget.channels.map((line) => ({
      ...line,
      curve: [0, 1, 2].map((k) => ({
        spend: k * line.current,
        revenue: k * line.currentRevenue,
        marginalRoas: 1,
        averageRoas: 1,
      })),
    })),
  },
};
const spec = dashboardSpec(RUN, SAMPLE_WEEKS);
const dashboard = { name: DASHBOARD_SHEET_NAME, spec };

describe("queueDashboard (through writeResultSheets)", () => {
  it("writes the dashboard first, in the same three syncs, and activates it", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: [["x"]] }]);
    const report = await writeResultSheets(resultSheets(RUN, SAMPLE_WEEKS), { dashboard });
    expect(report.sheets[0]?.name).toBe(DASHBOARD_SHEET_NAME);
    expect(report.syncCount).toBe(3);
    const sheet = workbook.sheets.find((s) => s.name === DASHBOARD_SHEET_NAME);
    expect(workbook.activeSheetId).toBe(sheet?.id);
    expect(workbook.snapshot(DASHBOARD_SHEET_NAME)?.values[0]?.[0]).toBe(spec.title);
  });

  it("binds every chart series to the block cells that hold the spec's numbers", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: [["x"]] }]);
    await writeResultSheets([], { dashboard });
    const charts = workbook.charts.filter((c) => c.name !== "");
    expect(charts.map((c) => c.name)).toEqual(spec.charts.map((c) => c.id));
    for (const [index, chart] of charts.entries()) {
      const expected = spec.charts[index];
      const data = workbook.chartData(chart);
      expect(data.map((s) => s.name)).toEqual(expected?.series.map((s) => s.name));
      expect(chart.series.map((s) => s.values)).toEqual(expected?.series.map((s) => s.values));
      expect(chart.title).toBe(expected?.title);
      for (const series of data) expect(series.values.length).toBe(series.categories.length);
    }
    const roas = charts.find((c) => c.name === "roas");
    const values = workbook.chartData(roas as never)[0]?.values;
    const block = spec.blocks.find((b) => b.id === "roas");
    expect(values).toEqual(block?.rows.map((row) => row[1]));
  });

  it("draws the fit chart's holdout shading as gapless columns and points as marker-only series", async () => {
    const workbook = installFakeOffice([{ name: "Data", values: [["x"]] }]);
    await writeResultSheets([], { dashboard });
    const fit = workbook.charts.find((c) => c.name === "fit");
    const shade = fit?.series.find((s) => s.name === "Holdout weeks");
    expect(shade?.chartType).toBe("ColumnClustered");
    expect(shade?.gapWidth).toBe(0);
    const response = workbook.charts.find((c) => c.name === "response");
    const current = response?.series.find((s) => s.name === "Current spend");
    expect(current?.chartType).toBe("XYScatter");
    expect(current?.line.lineStyle).toBe("None");
    expect(current?.markerStyle).toBe("Circle");
  });
});
