import { responseCurvesTable } from "../../../src/core/tables/responseCurvesTable";
import { SAMPLE_BUDGET } from "../../taskpane/fixtures/sampleResult";

describe("responseCurvesTable", () => {
  it("lists every point of every channel's curve, channel by channel", () => {
    const point = (spend: number) => ({
      spend,
      revenue: 2 * spend,
      marginalRoas: 2,
      averageRoas: 2,
    });
    const plan = {
      ...SAMPLE_BUDGET,
      channels: SAMPLE_BUDGET.channels.map((line, i) => ({
        ...line,
        curve: [point(0), point(100 * (i + 1))],
      })),
    };
    const table = responseCurvesTable(plan);
    expect(table.rows).toEqual(
      plan.channels.flatMap((line) =>
        line.curve.map((p) => [line.channel, p.spend, p.revenue, p.marginalRoas])
      )
    );
    expect(table.columns.map((c) => c.unit)).toEqual([
      "text",
      "currency/week",
      "currency/week",
      "ratio",
    ]);
  });
});
