import { describe, expect, it } from "@jest/globals";
import { budgetScenario } from "../../../src/core/optimizer/budgetScenario";
import { InvalidParameterError } from "../../../src/core/errors";

describe("budgetScenario", () => {
  it("scores a proposed split against the current one", () => {
    // 10√144 − 10√100 = 20; 5√64 − 5√100 = −10; change +10 per week.
    const result = budgetScenario([
      { name: "search", current: 100, proposed: 144, response: (s) => 10 * Math.sqrt(s) },
      { name: "social", current: 100, proposed: 64, response: (s) => 5 * Math.sqrt(s) },
    ]);
    expect(result.channels.map((c) => c.change)).toEqual([44, -36]);
    expect(result.totalCurrent).toBe(200);
    expect(result.totalProposed).toBe(208);
    expect(result.revenueCurrent).toBeCloseTo(150, 12);
    expect(result.revenueProposed).toBeCloseTo(160, 12);
    expect(result.expectedChange).toBeCloseTo(10, 12);
    // Slope 5/√144 = 0.41666…
    expect(result.channels[0]?.marginalRoas).toBeCloseTo(5 / 12, 8);
  });
  it("rejects a negative proposal or a channel listed twice", () => {
    const channel = { name: "tv", current: 10, proposed: 5, response: Math.sqrt };
    expect(() => budgetScenario([{ ...channel, proposed: -1 }])).toThrow(InvalidParameterError);
    expect(() => budgetScenario([channel, channel])).toThrow(InvalidParameterError);
  });
});
