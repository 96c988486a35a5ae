import { beforeAll, describe, expect, it } from "@jest/globals";
import { priceScenarioGrid } from "../../../src/core/analysis/priceScenarioGrid";
import { InvalidParameterError } from "../../../src/core/errors";
import { fitSimulated, type SimulatedFit } from "./fitSimulated";

let fit: SimulatedFit;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
}, 60_000);

describe("priceScenarioGrid", () => {
  it("covers −10% to +10% in 2.5% steps with promotions off and on over the next 4 weeks", () => {
    const grid = priceScenarioGrid(fit.result);
    expect(grid.windowWeeks).toBe(4);
    expect(grid.scenarios).toHaveLength(18);
    expect(grid.scenarios.map((s) => s.priceChange).slice(0, 9)).toEqual([
      -0.1, -0.075, -0.05, -0.025, 0, 0.025, 0.05, 0.075, 0.1,
    ]);
    expect(new Set(grid.scenarios.map((s) => s.promotions))).toEqual(new Set(["off", "on"]));
  });

  it("predicts less revenue at higher prices when the elasticity is negative, more with promotions", () => {
    expect(fit.result.elasticity.value!).toBeLessThan(0);
    const grid = priceScenarioGrid(fit.result);
    const off = grid.scenarios.filter((s) => s.promotions === "off");
    for (let i = 1; i < off.length; i++) expect(off[i]!.revenue).toBeLessThan(off[i - 1]!.revenue);
    for (const s of off) {
      const on = grid.scenarios.find(
        (o) => o.promotions === "on" && o.priceChange === s.priceChange
      )!;
      expect(on.revenue).toBeGreaterThan(s.revenue);
    }
  });

  it("reports each change against the baseline of the repeated last weeks", () => {
    const grid = priceScenarioGrid(fit.result, { window: 8, steps: [-0.05, 0.05] });
    expect(grid.windowWeeks).toBe(8);
    for (const s of grid.scenarios) {
      expect(s.change).toBeCloseTo(s.revenue - grid.baselineRevenue, 6);
      expect(s.changeShare).toBeCloseTo(s.revenue / grid.baselineRevenue - 1, 12);
    }
  });

  it("rejects a window beyond the stored history and a price change of −100% or less", () => {
    expect(() => priceScenarioGrid(fit.result, { window: 1000 })).toThrow(InvalidParameterError);
    expect(() => priceScenarioGrid(fit.result, { steps: [-1] })).toThrow(InvalidParameterError);
  });
});
