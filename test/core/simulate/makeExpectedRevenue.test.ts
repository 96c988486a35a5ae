import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";

const TOLERANCE_SUM = 1e-9;
const expectSameSum = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    TOLERANCE_SUM * Math.max(1, Math.abs(expected))
  );
};

describe("expectedRevenue", () => {
  const { truth, grid, options } = simulateMmmData({ seed: 5 });
  const all = { start: 0, end: options.weeks };

  it("reproduces the simulated revenue when nothing is overridden", () => {
    expectSameSum(truth.expectedRevenue({}, all), truth.revenue);
    const lastQuarter = grid.slice(-13).reduce((sum, row) => sum + (row[11] as number), 0);
    // Grid revenue is rounded to cents: at most half a cent per week apart.
    expect(Math.abs(truth.expectedRevenue({}) - lastQuarter)).toBeLessThanOrEqual(
      13 * 0.005 + 1e-6
    );
  });
  it("agrees with the total effect when a channel is switched off in every week", () => {
    for (const name of truth.channelNames) {
      expectSameSum(
        truth.expectedRevenue({ [name]: 0 }, all),
        truth.revenue - (truth.channels[name]?.total ?? NaN)
      );
    }
  });
  it("agrees with google's total effect when google is set to 0 in every week", () => {
    expectSameSum(
      truth.expectedRevenue({ google_spend: 0 }, all),
      truth.revenue - truth.google.total
    );
  });
  it("rises with more spend on a channel with positive effects", () => {
    const base = truth.expectedRevenue({ facebook_spend: 4000 });
    expect(truth.expectedRevenue({ facebook_spend: 8000 })).toBeGreaterThan(base);
  });
  it("moves google through stage 1 unless google is overridden too", () => {
    const mediatedOnly = simulateMmmData({
      seed: 5,
      channels: [{ name: "facebook_spend", directStrength: 0 }],
      google: { offWeeksShare: 0 },
    }).truth;
    expect(mediatedOnly.expectedRevenue({ facebook_spend: 9000 })).toBeGreaterThan(
      mediatedOnly.expectedRevenue({ facebook_spend: 3000 })
    );
    // With google pinned, facebook has no path left to revenue in the window weeks.
    expect(mediatedOnly.expectedRevenue({ facebook_spend: 9000, google_spend: 2000 })).toBe(
      mediatedOnly.expectedRevenue({ facebook_spend: 3000, google_spend: 2000 })
    );
  });
  it("rejects unknown channels, negative spend and bad windows", () => {
    expect(() => truth.expectedRevenue({ tv_spend: 1 })).toThrow(InvalidParameterError);
    expect(() => truth.expectedRevenue({ facebook_spend: -1 })).toThrow(InvalidParameterError);
    expect(() => truth.expectedRevenue({}, { start: 10, end: 10 })).toThrow(InvalidParameterError);
    expect(() => truth.expectedRevenue({}, { start: 0, end: options.weeks + 1 })).toThrow(
      InvalidParameterError
    );
  });
});
