import type { Sensitivity } from "../../../src/core/analysis/types";
import { sensitivityTable } from "../../../src/core/tables/sensitivityTable";

const SENSITIVITY = {
  grid: {
    windowWeeks: 4,
    priceColumn: "average_price",
    promotionColumn: "promotions",
    baselineRevenue: 187_937.4,
    scenarios: [
      {
        priceChange: -0.1,
        promotions: "off",
        revenue: 213_044,
        change: 25_106.6,
        changeShare: 0.1336,
      },
      { priceChange: 0, promotions: "on", revenue: 215_168, change: 27_230.6, changeShare: 0.1449 },
    ],
  },
} as unknown as Sensitivity;

describe("sensitivityTable", () => {
  it("gives one row per scenario and states the window and the baseline", () => {
    const table = sensitivityTable(SENSITIVITY);
    expect(table.rows).toEqual(
      SENSITIVITY.grid.scenarios.map((s) => [
        s.priceChange,
        s.promotions,
        s.revenue,
        s.change,
        s.changeShare,
      ])
    );
    expect(table.notes[0]).toMatch(/next 4 weeks/);
    expect(table.notes[0]).toMatch(/average_price and promotions \(predicted revenue 187,937\)/);
  });
});
